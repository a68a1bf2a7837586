import type { Role } from '@/slugs'

type MaybeUser = { role?: string | null; collection?: string } | null | undefined

/** Returns `true` when the user has one of the given roles. */
export const checkRole = (allowed: readonly Role[], user: MaybeUser): boolean =>
  Boolean(user?.role && (allowed as readonly string[]).includes(user.role))
