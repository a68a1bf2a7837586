import type { CollectionBeforeDeleteHook } from 'payload'

import { slugs } from '@/slugs'

/**
 * When an admin deletes an account, its avatar goes first — row and file: the avatar's `user` is
 * required, so the database could not leave it behind without an owner, and a photo of a person
 * who is gone has no reason to stay. System delete inside the same request (and transaction).
 */
export const deleteAvatarWithUser: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.delete({
    collection: slugs.avatars,
    where: { user: { equals: id } },
    depth: 0,
    overrideAccess: true,
    req,
  })
}
