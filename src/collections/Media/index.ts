import type { CollectionConfig } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { anyone } from '@/access/anyone'
import { env } from '@/env'
import { slugs } from '@/slugs'
import {
  revalidateCatalogAfterDelete,
  revalidateCatalogAfterMediaUpdate,
} from '@/collections/Voiceovers/hooks/revalidateCatalog'
import { audioMetadataField } from '@/fields/audioMetadata'
import { acceptAudioUpload } from '@/uploads/acceptAudioUpload'
import { imageMimeTypes } from '@/uploads/mimeTypes'
import { randomizeFilename } from '@/uploads/randomizeFilename'
import { publicFileHeaders } from '@/uploads/responseHeaders'
import { enforceMaxSize } from '@/uploads/enforceMaxSize'
import { originalAudioForAdmins } from '@/uploads/originalAudioForAdmins'
import { storeDetectedAudio } from '@/uploads/storeDetectedAudio'
import { demoPreviewField } from '@/fields/demoPreview'

import { hideOriginalAudio } from './hooks/hideOriginalAudio'
import { linkPublicFiles } from './hooks/linkPublicFiles'
import { markPreviewPending } from './hooks/markPreviewPending'
import { queueDemoPreview } from './hooks/queueDemoPreview'

/** Public assets: artist photos and demo audio. */
export const Media: CollectionConfig = {
  slug: slugs.media,
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize'],
  },
  access: {
    read: anyone,
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
  },
  hooks: {
    beforeOperation: [
      enforceMaxSize(env.MAX_MEDIA_MB),
      acceptAudioUpload({ images: imageMimeTypes }),
      randomizeFilename,
    ],
    beforeChange: [markPreviewPending, storeDetectedAudio],
    // A new preview (or photo) changes what catalog cards and profiles show.
    afterChange: [queueDemoPreview, revalidateCatalogAfterMediaUpdate],
    afterDelete: [revalidateCatalogAfterDelete],
    afterRead: [linkPublicFiles, hideOriginalAudio],
  },
  upload: {
    staticDir: env.publicMediaDir,
    // No `mimeTypes`: acceptAudioUpload allows the photo types and judges audio by its content.
    modifyResponseHeaders: publicFileHeaders,
    // Original demo recordings: admins only (the public plays their previews at /media/).
    handlers: [originalAudioForAdmins],
    focalPoint: true,
    imageSizes: [
      {
        name: 'card',
        width: 480,
        height: 600,
        position: 'centre',
        formatOptions: { format: 'webp', options: { quality: 78 } },
      },
      {
        name: 'profile',
        width: 960,
        height: 1200,
        position: 'centre',
        formatOptions: { format: 'webp', options: { quality: 80 } },
      },
    ],
    adminThumbnail: 'card',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      maxLength: 300,
      admin: { description: 'Describe the image for screen readers.' },
    },
    audioMetadataField(),
    demoPreviewField(),
  ],
}
