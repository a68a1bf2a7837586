import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { bootstrapAdmin, NO_ADMIN_WARNING } from '@/collections/Users/firstAdmin/bootstrapAdmin'
import { ensureAdmin } from '@/collections/Users/firstAdmin/ensureAdmin'
import { passwordProblem } from '@/domain/password'
import { isCommonPassword } from '@/domain/commonPasswords'
import { renderSentence } from '@/errors/sentence'
import { slugs } from '@/slugs'

import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, PASSWORD } from '../helpers/scenario'

/**
 * The first admin of a production database (issue 11, item 9): `ensureAdmin` (ADMIN_EMAIL and
 * ADMIN_PASSWORD at start, `npm run create-admin`) and the start-up step around it. Every test starts
 * from an empty users table and empties it again.
 */
const EMAIL = 'owner@example.com'
const ADMIN_PASSWORD = 'koffie met de hele studio'

let ctx: TestContext
let api: RestClient

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
})

afterEach(async () => {
  vi.restoreAllMocks()
  await ctx.payload.delete({ collection: slugs.users, where: { id: { exists: true } } })
})

afterAll(async () => {
  await ctx?.cleanup()
})

const admins = async () =>
  (
    await ctx.payload.find({
      collection: slugs.users,
      where: { role: { equals: 'admin' } },
      depth: 0,
    })
  ).docs.map((u) => u.email)

const loginStatus = async (email: string, password: string) =>
  (await api.post('/users/login', { json: { email, password } })).status

describe('ensureAdmin', () => {
  it('should create the admin when the database has none', async () => {
    const result = await ensureAdmin({
      payload: ctx.payload,
      email: EMAIL,
      password: ADMIN_PASSWORD,
    })
    expect({ outcome: result.outcome, admins: await admins() }).toEqual({
      outcome: 'created',
      admins: [EMAIL],
    })
  })

  it('should let the created admin sign in with ADMIN_PASSWORD', async () => {
    await ensureAdmin({ payload: ctx.payload, email: EMAIL, password: ADMIN_PASSWORD })
    expect(await loginStatus(EMAIL, ADMIN_PASSWORD)).toBe(200)
  })

  it('should do nothing the second time', async () => {
    await ensureAdmin({ payload: ctx.payload, email: EMAIL, password: ADMIN_PASSWORD })
    const again = await ensureAdmin({
      payload: ctx.payload,
      email: EMAIL,
      password: ADMIN_PASSWORD,
    })
    expect({ again, admins: await admins() }).toEqual({
      again: { outcome: 'exists', email: EMAIL },
      admins: [EMAIL],
    })
  })

  it('should never change an existing admin’s password', async () => {
    await ensureAdmin({ payload: ctx.payload, email: EMAIL, password: ADMIN_PASSWORD })
    await ensureAdmin({ payload: ctx.payload, email: EMAIL, password: 'een heel ander wachtwoord' })
    expect(await loginStatus(EMAIL, ADMIN_PASSWORD)).toBe(200)
  })

  it('should create no admin when another admin already exists', async () => {
    const existing = await createUser({ payload: ctx.payload, role: 'admin' })
    const result = await ensureAdmin({
      payload: ctx.payload,
      email: EMAIL,
      password: ADMIN_PASSWORD,
    })
    expect({ result, admins: await admins() }).toEqual({
      result: { outcome: 'exists', email: existing.email },
      admins: [existing.email],
    })
  })

  it('should refuse a weak password with the registration policy’s sentence', async () => {
    const weak = 'studio1'
    await expect(
      ensureAdmin({ payload: ctx.payload, email: EMAIL, password: weak }),
    ).rejects.toMatchObject({
      status: 400,
      message: `The admin's password is refused: ${renderSentence(passwordProblem({ password: weak, email: EMAIL, isCommon: isCommonPassword })!, 'en')}`,
    })
  })

  it('should create nothing when the password is refused', async () => {
    await ensureAdmin({ payload: ctx.payload, email: EMAIL, password: 'studio1' }).catch(
      () => undefined,
    )
    expect(await admins()).toEqual([])
  })

  it('should refuse to make an existing customer’s email the admin', async () => {
    await createUser({ payload: ctx.payload, role: 'customer', email: EMAIL })
    await expect(
      ensureAdmin({ payload: ctx.payload, email: EMAIL, password: ADMIN_PASSWORD }),
    ).rejects.toMatchObject({
      status: 409,
      message: `${EMAIL} already belongs to a customer account, which is not made an admin. Choose another email for the admin.`,
    })
  })

  it('should keep that customer’s own password', async () => {
    await createUser({ payload: ctx.payload, role: 'customer', email: EMAIL })
    await ensureAdmin({ payload: ctx.payload, email: EMAIL, password: ADMIN_PASSWORD }).catch(
      () => undefined,
    )
    expect(await loginStatus(EMAIL, PASSWORD)).toBe(200)
  })

  it('should create one admin when two instances start at once', async () => {
    const start = () =>
      ensureAdmin({ payload: ctx.payload, email: EMAIL, password: ADMIN_PASSWORD })
    const outcomes = (await Promise.all([start(), start()])).map((r) => r.outcome).sort()
    expect({ outcomes, admins: await admins() }).toEqual({
      outcomes: ['created', 'exists'],
      admins: [EMAIL],
    })
  })
})

describe('bootstrapAdmin at start', () => {
  it('should create the admin from ADMIN_EMAIL and ADMIN_PASSWORD in production', async () => {
    await bootstrapAdmin({
      payload: ctx.payload,
      env: { isProduction: true, ADMIN_EMAIL: EMAIL, ADMIN_PASSWORD },
    })
    expect(await admins()).toEqual([EMAIL])
  })

  it('should warn how to create the admin when production has none and no ADMIN_EMAIL', async () => {
    const warn = vi.spyOn(ctx.payload.logger, 'warn').mockImplementation(() => undefined)
    await bootstrapAdmin({ payload: ctx.payload, env: { isProduction: true } })
    expect(warn.mock.calls).toEqual([[NO_ADMIN_WARNING]])
  })

  it('should not warn once an admin exists', async () => {
    await createUser({ payload: ctx.payload, role: 'admin' })
    const warn = vi.spyOn(ctx.payload.logger, 'warn').mockImplementation(() => undefined)
    await bootstrapAdmin({ payload: ctx.payload, env: { isProduction: true } })
    expect(warn.mock.calls).toEqual([])
  })

  it('should create nothing outside production', async () => {
    await bootstrapAdmin({
      payload: ctx.payload,
      env: { isProduction: false, ADMIN_EMAIL: EMAIL, ADMIN_PASSWORD },
    })
    expect(await admins()).toEqual([])
  })
})
