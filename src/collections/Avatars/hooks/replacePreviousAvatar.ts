import type { CollectionAfterChangeHook } from 'payload'

import type { Avatar } from '@/payload-types'
import { slugs } from '@/slugs'

const idOf = (value: Avatar['user']): number => (typeof value === 'object' ? value.id : value)

/**
 * A person has one avatar: once a new one is stored, their earlier ones are deleted — rows and
 * files (Payload's delete removes the local file; the private S3 / UploadThing adapters delete the
 * object), inside the upload's transaction. System delete: the replaced avatars are the owner's
 * own, and an admin replacing someone's avatar may delete theirs too.
 */
export const replacePreviousAvatar: CollectionAfterChangeHook<Avatar> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  await req.payload.delete({
    collection: slugs.avatars,
    where: { and: [{ user: { equals: idOf(doc.user) } }, { id: { not_equals: doc.id } }] },
    depth: 0,
    overrideAccess: true,
    req,
  })
  return doc
}
