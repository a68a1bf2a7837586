import path from 'node:path'

import type { CollectionConfig } from 'payload'

import { adminFieldOnly } from '@/access/adminFieldOnly'
import { adminOnly } from '@/access/adminOnly'
import { readBookingFile } from '@/access/readBookingFile'
import { nobody } from '@/access/nobody'
import { customersAndAdmins } from '@/collections/Bookings/access'
import { env } from '@/env'
import { slugs } from '@/slugs'
import { originalFilenameField } from '@/fields/originalFilename'
import { purgedAtField } from '@/fields/purgedAt'
import { auditDownload } from '@/uploads/auditDownload'
import { scriptDownloadName } from '@/uploads/downloadNames'
import { enforceMaxSize } from '@/uploads/enforceMaxSize'
import { keepOriginalFilename } from '@/uploads/keepOriginalFilename'
import { namedDownloadEndpoint } from '@/uploads/namedDownloadEndpoint'
import { privateUploadEndpoint } from '@/uploads/privateUploadEndpoint'
import { randomizeFilename } from '@/uploads/randomizeFilename'
import { refuseUnsafeScript } from '@/uploads/refuseUnsafeScript'
import { privateFileHeaders } from '@/uploads/responseHeaders'

import { nobodyField } from '@/access/nobodyField'
import { scriptLanguages } from '@/domain/spokenWords'

import { countScriptWords } from './hooks/countScriptWords'
import { linkScriptToBooking } from './hooks/linkScriptToBooking'
import { markScriptReceived } from './hooks/markScriptReceived'

const serverOnly = { create: adminFieldOnly, update: adminFieldOnly }
/** Computed by the server from the file (countScriptWords); nobody writes it over the API. */
const readOnly = { create: nobodyField, update: nobodyField }

/** Confidential scripts: private storage, served only through the access-checked file route. */
export const Scripts: CollectionConfig = {
  slug: slugs.scripts,
  admin: {
    useAsTitle: 'filename',
    defaultColumns: [
      'filename',
      'originalFilename',
      'booking',
      'version',
      'supersededAt',
      'createdAt',
    ],
  },
  access: {
    create: customersAndAdmins,
    read: readBookingFile({ madeBy: 'customer' }),
    update: nobody,
    delete: adminOnly,
  },
  endpoints: [
    privateUploadEndpoint({
      collection: slugs.scripts,
      maxMb: env.MAX_SCRIPT_MB,
      fields: ['booking'],
    }),
    namedDownloadEndpoint({ collection: slugs.scripts, humanName: scriptDownloadName }),
  ],
  hooks: {
    beforeOperation: [
      enforceMaxSize(env.MAX_SCRIPT_MB),
      keepOriginalFilename,
      refuseUnsafeScript,
      randomizeFilename,
    ],
    beforeChange: [linkScriptToBooking, countScriptWords],
    afterChange: [markScriptReceived],
  },
  upload: {
    staticDir: path.join(env.privateFilesDir, slugs.scripts),
    // No `mimeTypes`: the type is decided from content by refuseUnsafeScript (see its docstring).
    modifyResponseHeaders: privateFileHeaders,
    handlers: [auditDownload({ collection: slugs.scripts, action: 'script.downloaded' })],
    disableLocalStorage: false,
    hideFileInputOnCreate: false,
  },
  fields: [
    originalFilenameField(),
    purgedAtField(),
    {
      name: 'booking',
      type: 'relationship',
      relationTo: slugs.bookings,
      required: true,
      // Not unique: a booking keeps every version of its script (replacements before production).
      index: true,
    },
    {
      // 1 for the first script, 2, 3, … for replacements (set by linkScriptToBooking).
      name: 'version',
      type: 'number',
      min: 1,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      // When a newer version replaced this one; empty for the current script.
      name: 'supersededAt',
      type: 'date',
      index: true,
      access: serverOnly,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'customer',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'artist',
      type: 'relationship',
      relationTo: slugs.users,
      index: true,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: slugs.users,
      access: serverOnly,
      admin: { readOnly: true },
    },
    {
      // The language the script is counted in (countScriptWords: the artist's language).
      name: 'language',
      type: 'select',
      options: scriptLanguages.map((l) => ({ label: l, value: l })),
      access: readOnly,
      admin: { readOnly: true },
    },
    {
      // Words as spoken (domain/spokenWords.ts); empty when the text could not be read.
      name: 'wordCount',
      type: 'number',
      min: 0,
      access: readOnly,
      admin: { readOnly: true },
    },
    {
      // wordCount at the project type's speaking rate (Pricing global), in whole seconds.
      name: 'estimatedSeconds',
      type: 'number',
      min: 0,
      access: readOnly,
      admin: { readOnly: true },
    },
  ],
}
