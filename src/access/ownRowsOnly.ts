import type { Access } from 'payload'

/**
 * Returns a `Where` on rows whose `user` is the logged-in person (admins included: a row is one
 * person's private bookkeeping, e.g. what they have seen); `false` when anonymous.
 */
export const ownRowsOnly: Access = ({ req: { user } }) => {
  if (!user) return false
  return { user: { equals: user.id } }
}
