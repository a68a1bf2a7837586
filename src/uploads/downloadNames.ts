import type { PayloadRequest } from 'payload'

import { relationId } from '@/collections/Bookings/actorFor'
import { bookingFileName } from '@/domain/fileNames'
import { slugs } from '@/slugs'

import type { HumanName, StoredFile } from './namedDownloadEndpoint'

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
  return title
    ? bookingFileName({ kind: 'script', projectTitle: title, filename: doc.filename })
    : null
}

/** Deliveries download as `<project title> - v<version>.<ext>`. */
export const deliverableDownloadName: HumanName = async ({ doc, req }) => {
  const title = await projectTitle(doc, req)
  return title
    ? bookingFileName({
        kind: 'version',
        projectTitle: title,
        version: typeof doc.version === 'number' ? doc.version : null,
        filename: doc.filename,
      })
    : null
}

/** Invoices and credit notes download as `<invoice number> - <project title>.pdf`. */
export const invoiceDownloadName: HumanName = async ({ doc, req }) =>
  typeof doc.number === 'string' && doc.number
    ? bookingFileName({
        kind: 'invoice',
        number: doc.number,
        projectTitle: await projectTitle(doc, req),
      })
    : null
