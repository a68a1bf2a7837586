import type { CollectionBeforeValidateHook } from 'payload'

import { UserError } from '@/errors/UserError'
import type { LegalPage } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * One page per kind and language (the site shows `/nl/terms` from exactly one document). The unique
 * index on (kind, language) guarantees it; this check runs first so that an admin who creates a
 * second one reads a sentence in the admin's language instead of a database error.
 */
export const refuseDuplicatePage: CollectionBeforeValidateHook<LegalPage> = async ({
  data,
  originalDoc,
  req,
}) => {
  const kind = data?.kind ?? originalDoc?.kind
  const language = data?.language ?? originalDoc?.language
  if (!kind || !language) return data
  // System count: only admins write legal pages, and drafts of the other page must count too.
  const { totalDocs } = await req.payload.count({
    collection: slugs.legalPages,
    where: {
      and: [
        { kind: { equals: kind } },
        { language: { equals: language } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    req,
    overrideAccess: true,
  })
  if (totalDocs > 0) {
    throw new UserError({ key: 'terms.duplicatePage', values: { kind: String(kind) } }, 409)
  }
  return data
}
