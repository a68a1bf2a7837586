import type { CollectionBeforeChangeHook } from 'payload'

import type { Avatar } from '@/payload-types'

/**
 * An avatar belongs to whoever uploads it: `user` is the caller's id on create, never taken from
 * the request (an admin may name another account, e.g. from the admin panel). A create without a
 * user (a system call) must name the owner itself.
 */
export const setAvatarOwner: CollectionBeforeChangeHook<Avatar> = ({ data, operation, req }) => {
  if (operation !== 'create' || !req.user) return data
  if (req.user.role === 'admin' && data.user) return data
  return { ...data, user: req.user.id as number }
}
