import type { CollectionAfterReadHook } from 'payload'

import { publicMediaType } from '@/domain/publicMedia'
import { env } from '@/env'
import type { Media } from '@/payload-types'
import { publicFileURL, publicStoreKind } from '@/storage/publicUrls'

/**
 * On the local disk store, links photos (and their sizes) and demo previews to the `/media/` route,
 * which serves them from disk without a database lookup. Original audio keeps Payload's file route
 * (the admin's player uses it). Cloud stores already link their CDN URL (see storage/index.ts).
 */
export const linkPublicFiles: CollectionAfterReadHook<Media> = ({ doc }) => {
  if (publicStoreKind(env) !== 'local') return doc
  // Decided by the name alone (as the route does), so a read that selected no mimeType links alike.
  const link = (filename: string | null | undefined) =>
    filename && publicMediaType(filename) ? publicFileURL({ env, filename }) : null
  const sizes = doc.sizes
    ? Object.fromEntries(
        Object.entries(doc.sizes).map(([name, size]) => [
          name,
          size?.filename ? { ...size, url: link(size.filename) } : size,
        ]),
      )
    : doc.sizes
  return {
    ...doc,
    url: link(doc.filename) ?? doc.url,
    sizes: sizes as Media['sizes'],
    preview: doc.preview
      ? {
          ...doc.preview,
          url: link(doc.preview.filename) ?? doc.preview.url,
          peaksUrl: link(doc.preview.peaksFilename) ?? doc.preview.peaksUrl,
        }
      : doc.preview,
  }
}
