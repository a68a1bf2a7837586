import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { TRUSTED_ROLE } from '@/collections/Users/trustedRole'
import type { Role } from '@/slugs'
import { slugs } from '@/slugs'

export const PASSWORD = 'Correct-Horse-9'

const unique = () => crypto.randomBytes(4).toString('hex')

/** Creates an account with the given role (system call, as the seed does). */
export const createUser = async ({
  payload,
  role,
  email,
}: {
  payload: Payload
  role: Role
  email?: string
}) =>
  payload.create({
    collection: slugs.users,
    data: {
      email: email ?? `${role}-${unique()}@test.local`,
      password: PASSWORD,
      role,
      name: `${role} ${unique()}`,
    },
    context: { [TRUSTED_ROLE]: true },
  })

/** Creates an artist profile (active by default) with a commercial rate. */
export const createVoiceover = async ({
  payload,
  user,
  active = true,
  rushAvailable = true,
  turnaroundDays = 3,
}: {
  payload: Payload
  user?: number
  active?: boolean
  rushAvailable?: boolean
  turnaroundDays?: number
}) => {
  const name = `Artist ${unique()}`
  return payload.create({
    collection: slugs.voiceovers,
    data: {
      name,
      slug: name.toLowerCase().replace(/\s+/g, '-'),
      active,
      user,
      bio: 'Warm and clear.',
      rates: { commercial: 30_000, narration: 25_000 },
      turnaroundDays,
      rushAvailable,
      languages: [{ language: 'nl', native: true }],
    },
  })
}
