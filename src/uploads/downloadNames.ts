import type { PayloadRequest } from 'payload'

import { relationId } from '@/collections/Bookings/actorFor'
import { downloadName } from '@/domain/fileNames'
import { slugs } from '@/slugs'

import type { HumanName, StoredFile } from './namedDownloadEndpoint'

const extensionOf = (doc: StoredFile): string => {
  const filename = doc.filename ?? ''
  const dot = filename.lastIndexOf('.')
  return dot > 0 ? filename.slice(dot + 1) : 'bin'
}

const projectTitle = async (doc: StoredFile, req: PayloadRequest): Promise<string | null> => {
  const id = relationId(doc.booking)
  if (id == null) return null
  // System read of one field: the file route already granted this user the file, and the title
  // of its own booking is what names it.
  const booking = await req.payload
    .findByID({
      collection: slugs.bookings,
      id,
      depth: 0,
      overrideAccess: true,
      req,
      select: { projectTitle: true },
    })
    .catch(() => null)
  return booking?.projectTitle ?? null
}

/** Scripts download as `<project title> - script.<ext>` (ext from the stored, content-judged name). */
export const scriptDownloadName: HumanName = async ({ doc, req }) => {
  const title = await projectTitle(doc, req)
  return title ? downloadName({ title, label: 'script', ext: extensionOf(doc) }) : null
}

/** Deliveries download as `<project title> - v<version>.<ext>`. */
export const deliverableDownloadName: HumanName = async ({ doc, req }) => {
  const title = await projectTitle(doc, req)
  const label = typeof doc.version === 'number' ? `v${doc.version}` : 'delivery'
  return title ? downloadName({ title, label, ext: extensionOf(doc) }) : null
}

/** Invoices and credit notes download as `<invoice number>.pdf`. */
export const invoiceDownloadName: HumanName = async ({ doc }) =>
  typeof doc.number === 'string' && doc.number
    ? downloadName({ title: doc.number, ext: 'pdf' })
    : null
