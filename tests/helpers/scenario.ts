import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { TRUSTED_ROLE } from '@/collections/Users/trustedRole'
import type { User } from '@/payload-types'
import type { Role } from '@/slugs'
import { slugs } from '@/slugs'

export const PASSWORD = 'Correct-Horse-9'

const unique = () => crypto.randomBytes(4).toString('hex')

type Billing = NonNullable<User['billing']>

/** Complete billing details of a Dutch business: what a customer can book with (issue 13). */
export const DUTCH_BUSINESS_BILLING: Billing = {
  customerType: 'business',
  company: 'Test Studio B.V.',
  address: 'Damrak 1\n1012 LG Amsterdam',
  country: 'NL',
}

/**
 * Creates an account with the given role (system call, as the seed does). Its language is English
 * unless `locale` says otherwise: answers to a logged-in user follow the account's language, and
 * the tests read English sentences. A customer gets complete billing details (a Dutch business)
 * unless `billing` says otherwise; `billing: null` makes a customer without any, who can't book yet.
 */
export const createUser = async ({
  payload,
  role,
  email,
  locale = 'en',
  billing,
}: {
  payload: Payload
  role: Role
  email?: string
  locale?: 'nl' | 'en'
  billing?: Billing | null
}) =>
  payload.create({
    collection: slugs.users,
    data: {
      email: email ?? `${role}-${unique()}@test.local`,
      password: PASSWORD,
      role,
      name: `${role} ${unique()}`,
      locale,
      ...(billing !== null && (billing !== undefined || role === 'customer')
        ? { billing: billing ?? DUTCH_BUSINESS_BILLING }
        : {}),
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
