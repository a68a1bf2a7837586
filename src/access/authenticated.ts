import type { Access } from 'payload'

/** Returns `true` for any logged-in user. */
export const authenticated: Access = ({ req: { user } }) => Boolean(user)
