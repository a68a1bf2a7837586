import { describe, expect, it } from 'vitest'

import {
  DEFAULT_AUTH_LIMITS,
  FORGOT_PASSWORD_SENTENCE,
  LOGIN_LOCKOUT,
  tooManyAttemptsSentence,
} from '@/domain/authLimits'
import { renderSentence } from '@/errors/sentence'
import { isCommonPassword } from '@/domain/commonPasswords'
import { passwordProblem } from '@/domain/password'

import { baseURL, call, demo, firstMessage } from './client'

// scripts/lib/server.mjs multiplies the per-address limits (every test request comes from
// 127.0.0.1) and keeps the per-account ones, so a fresh account meets exactly the defaults.
const PASSWORD = 'Prod-test-password-1'

const newAccount = async (label: string): Promise<string> => {
  const email = `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`
  const created = await call('POST', '/api/users', { json: { email, password: PASSWORD } })
  if (created.status !== 201) throw new Error(`register: ${created.status}`)
  return email
}

const login = (email: string, password: string) =>
  call('POST', '/api/users/login', { json: { email, password } })

const failLogins = async (email: string, count: number) => {
  const answers = []
  for (let i = 0; i < count; i += 1) answers.push(await login(email, 'wrong-password-1'))
  return answers
}

const answer = (res: Awaited<ReturnType<typeof call>>) => ({ status: res.status, body: res.body })

/** The admin's view of /dev/outbox, polled until it lists `email` or ~15 s have passed. */
const outboxListing = async (email: string): Promise<string> => {
  const token = await demo.admin()
  let html = ''
  for (let i = 0; i < 30 && !html.includes(email); i += 1) {
    await new Promise((r) => setTimeout(r, 500))
    const res = await fetch(new URL('/en/dev/outbox', baseURL()), {
      headers: { authorization: `JWT ${token}` },
    })
    html = await res.text()
  }
  return html
}

describe('account rate limits in the production build', () => {
  it('should answer 429 with Retry-After and the sentence after an account’s failed logins', async () => {
    const email = await newAccount('limited')
    const { points, seconds } = DEFAULT_AUTH_LIMITS.login.perAccount!
    await failLogins(email, points)
    const res = await login(email, 'wrong-password-1')
    const retryAfter = Number(res.headers.get('retry-after'))
    expect([res.status, retryAfter > 0 && retryAfter <= seconds, firstMessage(res)]).toEqual([
      429,
      true,
      renderSentence(tooManyAttemptsSentence({ action: 'login', retryAfter }), 'en'),
    ])
  })
})

describe('answers that do not reveal accounts, in the production build', () => {
  it('should answer an unknown email exactly like a wrong password', async () => {
    const email = await newAccount('known')
    const wrong = await login(email, 'wrong-password-1')
    const unknown = await login(`nobody-${Date.now()}@example.com`, 'wrong-password-1')
    expect(answer(unknown)).toEqual(answer(wrong))
  })

  it('should answer a locked account, even with its right password, like a wrong password', async () => {
    const email = await newAccount('locked')
    const answers = await failLogins(email, LOGIN_LOCKOUT.attempts)
    const locked = await login(email, PASSWORD)
    expect([answer(answers.at(-1)!), answer(locked)]).toEqual([
      answer(answers[0]!),
      answer(answers[0]!),
    ])
  })

  it('should answer forgot-password the same for a known and an unknown email', async () => {
    const email = await newAccount('forgot')
    const known = await call('POST', '/api/users/forgot-password', { json: { email } })
    const unknown = await call('POST', '/api/users/forgot-password', {
      json: { email: `nobody-${Date.now()}@example.com` },
    })
    expect([answer(known), answer(unknown)]).toEqual([
      { status: 200, body: { message: renderSentence(FORGOT_PASSWORD_SENTENCE, 'en') } },
      { status: 200, body: { message: renderSentence(FORGOT_PASSWORD_SENTENCE, 'en') } },
    ])
  })

  it('should still send the reset link after answering (Next’s after() in a route handler)', async () => {
    const email = await newAccount('after')
    await call('POST', '/api/users/forgot-password', { json: { email } })
    expect(await outboxListing(email)).toContain(email)
  })
})

describe('password policy in the production build', () => {
  it('should refuse a short password at registration with the rule’s sentence', async () => {
    const res = await call('POST', '/api/users', {
      json: { email: `short-${Date.now()}@example.com`, password: 'Short-pw1' },
    })
    expect([res.status, firstMessage(res)]).toEqual([
      400,
      renderSentence(passwordProblem({ password: 'Short-pw1', isCommon: isCommonPassword })!, 'en'),
    ])
  })
})
