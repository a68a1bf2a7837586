import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  DEFAULT_AUTH_LIMITS,
  FORGOT_PASSWORD_SENTENCE,
  LOGIN_LOCKOUT,
  tooManyAttemptsSentence,
} from '@/domain/authLimits'
import { renderSentence } from '@/errors/sentence'
import { isCommonPassword } from '@/domain/commonPasswords'
import { passwordProblem } from '@/domain/password'
import { CLIENT_ADDRESS_HEADER, withClientAddress } from '@/http/clientAddressHeader.mjs'

import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient, RestResponse } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, PASSWORD } from '../helpers/scenario'
import type { SmtpStub } from '../helpers/smtp'
import { startSmtp } from '../helpers/smtp'

let ctx: TestContext
let api: RestClient
let smtp: SmtpStub

beforeAll(async () => {
  smtp = await startSmtp()
  // As under `npm start` (scripts/start.mjs), whose listener hands the app each request's client
  // address: each test sends an address of its own, so per-address counts don't leak between tests.
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

/** A client address of its own (IPv6 documentation range, RFC 3849), as the production server reports it. */
const newAddress = () => ({
  [CLIENT_ADDRESS_HEADER]: `2001:db8::${unique().slice(0, 4)}:${unique().slice(0, 4)}`,
})

const newCustomer = () => createUser({ payload: ctx.payload, role: 'customer' })

const login = (email: string, password: string, headers: Record<string, string>) =>
  api.post('/users/login', { json: { email, password }, headers })

/** `count` requests one after another (limits count in order); returns every answer. */
const repeat = async (count: number, send: (i: number) => Promise<RestResponse>) => {
  const answers: RestResponse[] = []
  for (let i = 0; i < count; i += 1) answers.push(await send(i))
  return answers
}

const statusAndBody = (res: RestResponse) => ({ status: res.status, body: res.body })

const retryAfter = (res: RestResponse) => Number(res.headers.get('retry-after'))

describe('password policy', () => {
  it.each([['Correct-9'], ['password123'], ['0123456789']])(
    'should refuse to register with %j and say why',
    async (password) => {
      const res = await api.post('/users', {
        json: { email: `weak-${unique()}@test.local`, password },
        headers: newAddress(),
      })
      expect([
        res.status,
        (res.body as { errors: { message: string }[] }).errors[0]?.message,
      ]).toEqual([
        400,
        renderSentence(passwordProblem({ password, isCommon: isCommonPassword })!, 'en'),
      ])
    },
  )

  it('should refuse a common password as a new password on the account page', async () => {
    const customer = await newCustomer()
    const token = await api.login(customer.email, PASSWORD)
    const res = await api.patch(`/users/${customer.id}`, {
      token,
      json: { password: 'iloveyou12', currentPassword: PASSWORD },
      headers: newAddress(),
    })
    expect([
      res.status,
      (res.body as { errors?: { message: string }[] }).errors?.[0]?.message,
    ]).toEqual([
      400,
      renderSentence(
        passwordProblem({ password: 'iloveyou12', isCommon: isCommonPassword })!,
        'en',
      ),
    ])
  })

  it('should refuse a short password through the reset link', async () => {
    const customer = await newCustomer()
    await api.post('/users/forgot-password', {
      json: { email: customer.email },
      headers: newAddress(),
    })
    const mail = smtp.to(customer.email)[0]
    const link = /href="([^"]+)"/.exec(mail?.html ?? '')?.[1] ?? ''
    const token = new URL(link.replace(/&amp;/g, '&')).searchParams.get('token') ?? ''
    const res = await api.post('/users/reset-password', {
      json: { token, password: 'short-pw' },
      headers: newAddress(),
    })
    expect(res.status).toBe(400)
  })
})

describe('login rate limits', () => {
  const perAccount = DEFAULT_AUTH_LIMITS.login.perAccount!

  it('should answer 429 with Retry-After once an account has used its failed logins', async () => {
    const customer = await newCustomer()
    const headers = newAddress()
    await repeat(perAccount.points, () => login(customer.email, 'wrong-password-1', headers))
    const res = await login(customer.email, 'wrong-password-1', headers)
    expect(res.status).toBe(429)
    expect(retryAfter(res)).toBeGreaterThan(0)
    expect(retryAfter(res)).toBeLessThanOrEqual(perAccount.seconds)
    expect((res.body as { errors: { message: string }[] }).errors[0]?.message).toBe(
      renderSentence(
        tooManyAttemptsSentence({ action: 'login', retryAfter: retryAfter(res) }),
        'en',
      ),
    )
  })

  it('should refuse even the right password while the account is limited', async () => {
    const customer = await newCustomer()
    const headers = newAddress()
    await repeat(perAccount.points, () => login(customer.email, 'wrong-password-1', headers))
    expect((await login(customer.email, PASSWORD, headers)).status).toBe(429)
  })

  it('should limit an account whatever address the attempts come from', async () => {
    const customer = await newCustomer()
    await repeat(perAccount.points, () => login(customer.email, 'wrong-password-1', newAddress()))
    expect((await login(customer.email, 'wrong-password-1', newAddress())).status).toBe(429)
  })

  it('should forget the failures of an account after a successful login', async () => {
    const customer = await newCustomer()
    const headers = newAddress()
    // Just below Payload's own lockout, then a success, then more failures: without the reset the
    // last one would be one attempt over the account's limit.
    const before = LOGIN_LOCKOUT.attempts - 1
    await repeat(before, () => login(customer.email, 'wrong-password-1', headers))
    await login(customer.email, PASSWORD, headers)
    const after = await repeat(perAccount.points - before, () =>
      login(customer.email, 'wrong-password-1', headers),
    )
    expect(after.map((r) => r.status)).toEqual(Array(perAccount.points - before).fill(401))
  })

  it('should treat the email case- and space-insensitively as one account', async () => {
    const customer = await newCustomer()
    const headers = newAddress()
    await repeat(perAccount.points, () => login(customer.email, 'wrong-password-1', headers))
    const res = await login(`  ${customer.email.toUpperCase()} `, 'wrong-password-1', headers)
    expect(res.status).toBe(429)
  })
})

describe('other account endpoints', () => {
  it('should answer 429 once one address has used its registrations', async () => {
    const headers = newAddress()
    const { points } = DEFAULT_AUTH_LIMITS.register.perAddress
    await repeat(points, () =>
      api.post('/users', {
        json: { email: `reg-${unique()}@test.local`, password: PASSWORD },
        headers,
      }),
    )
    const res = await api.post('/users', {
      json: { email: `reg-${unique()}@test.local`, password: PASSWORD },
      headers,
    })
    expect([res.status, retryAfter(res) > 0]).toEqual([429, true])
  })

  it('should answer 429 once an account has asked for its reset links', async () => {
    const customer = await newCustomer()
    const { points } = DEFAULT_AUTH_LIMITS.forgotPassword.perAccount!
    await repeat(points, () =>
      api.post('/users/forgot-password', {
        json: { email: customer.email },
        headers: newAddress(),
      }),
    )
    const res = await api.post('/users/forgot-password', {
      json: { email: customer.email },
      headers: newAddress(),
    })
    expect(res.status).toBe(429)
  })

  it('should answer 429 once one address has used its unlock attempts, whichever accounts it names', async () => {
    const headers = newAddress()
    const { points } = DEFAULT_AUTH_LIMITS.unlock.perAddress
    await repeat(points, () =>
      api.post('/users/unlock', { json: { email: `nobody-${unique()}@test.local` }, headers }),
    )
    const res = await api.post('/users/unlock', {
      json: { email: `nobody-${unique()}@test.local` },
      headers,
    })
    expect(res.status).toBe(429)
  })

  it('should not count the admin panel’s user look-ups (POST with a GET override) as registrations', async () => {
    const headers = newAddress()
    const admin = await createUser({ payload: ctx.payload, role: 'admin' })
    const token = await api.login(admin.email, PASSWORD)
    const { points } = DEFAULT_AUTH_LIMITS.register.perAddress
    const reads = await repeat(points + 1, () =>
      api.post('/users', {
        token,
        json: {},
        headers: { ...headers, 'x-payload-http-method-override': 'GET' },
      }),
    )
    const created = await api.post('/users', {
      json: { email: `after-reads-${unique()}@test.local`, password: PASSWORD },
      headers,
    })
    expect([reads.every((r) => r.status === 200), created.status]).toEqual([true, 201])
  })

  it('should answer 429 once one address has used its account-deletion attempts', async () => {
    const customer = await newCustomer()
    const token = await api.login(customer.email, PASSWORD)
    const headers = newAddress()
    const { points } = DEFAULT_AUTH_LIMITS.erase.perAddress
    const erase = () =>
      api.post('/users/erase', { token, json: { password: 'Wrong-Password-9' }, headers })
    await repeat(points, erase)
    const res = await erase()
    expect([res.status, retryAfter(res) > 0]).toEqual([429, true])
  })

  it('should let an account log in right after registering', async () => {
    const headers = newAddress()
    const email = `new-${unique()}@test.local`
    const created = await api.post('/users', { json: { email, password: PASSWORD }, headers })
    const res = await login(email, PASSWORD, headers)
    expect([created.status, res.status]).toEqual([201, 200])
  })
})

describe('no account enumeration', () => {
  it('should answer an unknown email exactly like a wrong password', async () => {
    const customer = await newCustomer()
    const wrong = await login(customer.email, 'wrong-password-1', newAddress())
    const unknown = await login(`nobody-${unique()}@test.local`, 'wrong-password-1', newAddress())
    expect(statusAndBody(unknown)).toEqual(statusAndBody(wrong))
  })

  it('should answer the failed login that locks an account like any wrong password', async () => {
    const customer = await newCustomer()
    const headers = newAddress()
    const answers = await repeat(LOGIN_LOCKOUT.attempts, () =>
      login(customer.email, 'wrong-password-1', headers),
    )
    expect(statusAndBody(answers.at(-1)!)).toEqual(statusAndBody(answers[0]!))
  })

  it('should answer a locked account, even with its right password, like a wrong password', async () => {
    const customer = await newCustomer()
    const headers = newAddress()
    const [first] = await repeat(LOGIN_LOCKOUT.attempts, () =>
      login(customer.email, 'wrong-password-1', headers),
    )
    const locked = await login(customer.email, PASSWORD, headers)
    expect(statusAndBody(locked)).toEqual(statusAndBody(first!))
  })

  it('should answer forgot-password the same for a known and an unknown email', async () => {
    const customer = await newCustomer()
    const known = await api.post('/users/forgot-password', {
      json: { email: customer.email },
      headers: newAddress(),
    })
    const unknown = await api.post('/users/forgot-password', {
      json: { email: `nobody-${unique()}@test.local` },
      headers: newAddress(),
    })
    expect([statusAndBody(known), statusAndBody(unknown)]).toEqual([
      { status: 200, body: { message: renderSentence(FORGOT_PASSWORD_SENTENCE, 'en') } },
      { status: 200, body: { message: renderSentence(FORGOT_PASSWORD_SENTENCE, 'en') } },
    ])
  })

  it('should still send the reset link to a known email', async () => {
    const customer = await newCustomer()
    await api.post('/users/forgot-password', {
      json: { email: customer.email },
      headers: newAddress(),
    })
    expect(smtp.to(customer.email)).toHaveLength(1)
  })

  it('should refuse a customer’s unlock with the same 403 for a known and an unknown email', async () => {
    const customer = await newCustomer()
    const victim = await newCustomer()
    const token = await api.login(customer.email, PASSWORD)
    const known = await api.post('/users/unlock', {
      token,
      json: { email: victim.email },
      headers: newAddress(),
    })
    const unknown = await api.post('/users/unlock', {
      token,
      json: { email: `nobody-${unique()}@test.local` },
      headers: newAddress(),
    })
    expect([known.status, statusAndBody(unknown)]).toEqual([403, statusAndBody(known)])
  })
})

describe('changing your own password or email address', () => {
  const NEW_PASSWORD = 'silver kites over the dunes'
  const me = (token: string) => api.get<{ user: { id: number } | null }>('/users/me', { token })

  it('should refuse a new password without the current one and keep the old one', async () => {
    const customer = await newCustomer()
    const token = await api.login(customer.email, PASSWORD)
    const res = await api.patch(`/users/${customer.id}`, {
      token,
      json: { password: NEW_PASSWORD },
    })
    const oldStillWorks = (await login(customer.email, PASSWORD, newAddress())).status
    expect([res.status, oldStillWorks]).toEqual([400, 200])
  })

  it('should refuse a new email address with a wrong current password', async () => {
    const customer = await newCustomer()
    const token = await api.login(customer.email, PASSWORD)
    const res = await api.patch<{ errors?: { message: string }[] }>(`/users/${customer.id}`, {
      token,
      json: { email: `moved-${unique()}@test.local`, currentPassword: 'not-my-password-1' },
    })
    const stored = await ctx.payload.findByID({ collection: 'users', id: customer.id })
    expect([res.status, res.body.errors?.[0]?.message, stored.email]).toEqual([
      400,
      'Your current password is not right; nothing was changed.',
      customer.email,
    ])
  })

  it('should refuse a password change sent as a bulk update', async () => {
    const customer = await newCustomer()
    const token = await api.login(customer.email, PASSWORD)
    const res = await api.patch(`/users?where[id][equals]=${customer.id}`, {
      token,
      json: { password: NEW_PASSWORD },
    })
    expect([res.status, (await login(customer.email, PASSWORD, newAddress())).status]).toEqual([
      400, 200,
    ])
  })

  it('should change the password with the current one, keep this session and end the others', async () => {
    const customer = await newCustomer()
    const other = await api.login(customer.email, PASSWORD)
    const token = await api.login(customer.email, PASSWORD)
    const res = await api.patch(`/users/${customer.id}`, {
      token,
      json: { password: NEW_PASSWORD, currentPassword: PASSWORD },
    })
    const [mine, theirs] = [await me(token), await me(other)]
    expect([res.status, Boolean(mine.body.user), Boolean(theirs.body.user)]).toEqual([
      200,
      true,
      false,
    ])
  })

  it('should let an admin set another person’s password without theirs, ending their sessions', async () => {
    const customer = await newCustomer()
    const theirs = await api.login(customer.email, PASSWORD)
    const admin = await createUser({ payload: ctx.payload, role: 'admin' })
    const adminToken = await api.login(admin.email, PASSWORD)
    const res = await api.patch(`/users/${customer.id}`, {
      token: adminToken,
      json: { password: NEW_PASSWORD },
    })
    expect([res.status, Boolean((await me(theirs)).body.user)]).toEqual([200, false])
  })
})
