import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER, withClientAddress } from '@/http/clientAddressHeader.mjs'

import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser } from '../helpers/scenario'
import type { SmtpStub } from '../helpers/smtp'
import { startSmtp } from '../helpers/smtp'

/**
 * What the site's account pages rely on from the REST API (issue 12, "Account"): registration
 * stores the page's language, and the reset link logs the person in once.
 */
let ctx: TestContext
let api: RestClient
let smtp: SmtpStub

beforeAll(async () => {
  smtp = await startSmtp()
  withClientAddress(
    () => undefined,
    () => false,
  )
  ctx = await bootPayload({ SMTP_URL: smtp.url() })
  api = restClient(ctx.config)
})

afterAll(async () => {
  await ctx?.cleanup()
  await smtp?.stop()
})

const unique = () => crypto.randomBytes(4).toString('hex')

/** A client address of its own (IPv6 documentation range), so per-address limits don't interfere. */
const newAddress = () => ({
  [CLIENT_ADDRESS_HEADER]: `2001:db8::${unique().slice(0, 4)}:${unique().slice(0, 4)}`,
})

const NEW_PASSWORD = 'a brand new sentence 7'

type UserBody = { doc?: { id: number; locale?: string; role?: string } }

const registerWith = (data: Record<string, string>) =>
  api.post<UserBody>('/users', {
    json: {
      name: 'New Person',
      email: `new-${unique()}@test.local`,
      password: NEW_PASSWORD,
      ...data,
    },
    headers: newAddress(),
  })

/** Asks for a reset link for `email` and returns the token from the email's link. */
const resetTokenFor = async (email: string): Promise<string> => {
  await api.post('/users/forgot-password', { json: { email }, headers: newAddress() })
  const mail = smtp.to(email).at(-1)
  const link = /href="([^"]+)"/.exec(mail?.html ?? '')?.[1] ?? ''
  return new URL(link.replace(/&amp;/g, '&')).searchParams.get('token') ?? ''
}

describe('registration from the site', () => {
  it('should store the language of the page the person registered on', async () => {
    const res = await registerWith({ locale: 'en' })
    expect([res.status, res.body.doc?.locale]).toEqual([201, 'en'])
  })

  it('should make an account registered without a language Dutch', async () => {
    const res = await registerWith({})
    expect([res.status, res.body.doc?.locale]).toEqual([201, 'nl'])
  })

  it('should keep a registering person a customer when the request also names a role', async () => {
    const res = await registerWith({ locale: 'en', role: 'admin' })
    expect([res.status, res.body.doc?.role]).toEqual([201, 'customer'])
  })

  it('should refuse a language 14voices does not speak', async () => {
    const res = await registerWith({ locale: 'de' })
    expect(res.status).toBe(400)
  })
})

describe('password reset from the site', () => {
  it('should log the person in with the new password’s answer and name their role', async () => {
    const artist = await createUser({ payload: ctx.payload, role: 'voiceover' })
    const token = await resetTokenFor(artist.email)
    const res = await api.post<{ user?: { role?: string } }>('/users/reset-password', {
      json: { token, password: NEW_PASSWORD },
      headers: newAddress(),
    })
    expect([res.status, res.body.user?.role]).toEqual([200, 'voiceover'])
    expect(res.headers.get('set-cookie') ?? '').toMatch(/^payload-token=[^;]+;/)
  })

  it('should accept the new password for logging in afterwards', async () => {
    const customer = await createUser({ payload: ctx.payload, role: 'customer' })
    const token = await resetTokenFor(customer.email)
    await api.post('/users/reset-password', {
      json: { token, password: NEW_PASSWORD },
      headers: newAddress(),
    })
    const login = await api.post('/users/login', {
      json: { email: customer.email, password: NEW_PASSWORD },
      headers: newAddress(),
    })
    expect(login.status).toBe(200)
  })

  it('should answer 403 to a reset link used a second time', async () => {
    const customer = await createUser({ payload: ctx.payload, role: 'customer' })
    const token = await resetTokenFor(customer.email)
    const reset = () =>
      api.post('/users/reset-password', {
        json: { token, password: NEW_PASSWORD },
        headers: newAddress(),
      })
    await reset()
    expect((await reset()).status).toBe(403)
  })

  it('should send the reset link to the site’s reset page', async () => {
    const customer = await createUser({ payload: ctx.payload, role: 'customer' })
    await resetTokenFor(customer.email)
    const link = /href="([^"]+)"/.exec(smtp.to(customer.email).at(-1)?.html ?? '')?.[1] ?? ''
    expect(new URL(link.replace(/&amp;/g, '&')).pathname).toMatch(/^(\/(nl|en))?\/reset-password$/)
  })
})
