import { describe, expect, it } from 'vitest'

import type { Sentence } from '@/errors/sentence'
import { renderSentence } from '@/errors/sentence'

import {
  accountKey,
  authActionFor,
  DEFAULT_AUTH_LIMITS,
  retryAfterSeconds,
  scaledAuthLimits,
  tooManyAttemptsSentence,
} from './authLimits'

describe('authActionFor', () => {
  it.each([
    ['/api/users/login', 'login'],
    ['/api/users', 'register'],
    ['/api/users/', 'register'],
    ['/api/users/forgot-password', 'forgotPassword'],
    ['/api/users/reset-password', 'resetPassword'],
    ['/api/users/unlock', 'unlock'],
    ['/api/users/first-register', 'firstRegister'],
    ['/api/users/erase', 'erase'],
  ])('should read POST %s as %s', (pathname, action) => {
    expect(authActionFor({ method: 'POST', pathname, usersSlug: 'users' })).toBe(action)
  })

  it.each([
    ['POST', '/api/users/logout'],
    ['POST', '/api/users/refresh-token'],
    ['POST', '/api/usersx/login'],
    ['POST', '/api/bookings'],
    ['GET', '/api/users'],
    ['GET', '/api/users/export'],
    ['PATCH', '/api/users/login'],
    ['POST', '/api/users/constructor'],
  ])('should not limit %s %s', (method, pathname) => {
    expect(authActionFor({ method, pathname, usersSlug: 'users' })).toBeNull()
  })

  it('should not count a read sent as a POST with the method override (the admin panel does)', () => {
    expect(
      authActionFor({
        method: 'POST',
        methodOverride: 'GET',
        pathname: '/api/users',
        usersSlug: 'users',
      }),
    ).toBeNull()
  })
})

describe('accountKey', () => {
  it('should lower-case and trim the email as Payload compares it', () => {
    expect(accountKey('  Anna@Example.COM ')).toBe('anna@example.com')
  })

  it.each([[undefined], [42], [''], ['   '], ['a'.repeat(321)]])(
    'should give no key for %j',
    (email) => {
      expect(accountKey(email)).toBeNull()
    },
  )
})

describe('scaledAuthLimits', () => {
  it('should multiply the per-address windows by the address factor', () => {
    expect(scaledAuthLimits({ addressFactor: 10, accountFactor: 1 }).login.perAddress).toEqual({
      points: DEFAULT_AUTH_LIMITS.login.perAddress.points * 10,
      seconds: DEFAULT_AUTH_LIMITS.login.perAddress.seconds,
    })
  })

  it('should multiply the per-account windows by the account factor', () => {
    expect(
      scaledAuthLimits({ addressFactor: 1, accountFactor: 0.5 }).forgotPassword.perAccount,
    ).toEqual({ points: 3, seconds: 3600 })
  })

  it('should never scale a window below one attempt', () => {
    expect(
      scaledAuthLimits({ addressFactor: 0.001, accountFactor: 1 }).register.perAddress.points,
    ).toBe(1)
  })

  it('should keep actions without a per-account window without one', () => {
    expect(scaledAuthLimits({ addressFactor: 1, accountFactor: 2 }).register.perAccount).toBe(
      undefined,
    )
  })
})

describe('retryAfterSeconds', () => {
  it.each([
    [0, 1],
    [1, 1],
    [1000, 1],
    [1001, 2],
    [899_500, 900],
  ])('should round %i ms up to %i s', (ms, seconds) => {
    expect(retryAfterSeconds(ms)).toBe(seconds)
  })
})

const english = (sentence: Sentence) => renderSentence(sentence, 'en')

describe('tooManyAttemptsSentence', () => {
  it('should say how many minutes to wait and point a login to the reset link', () => {
    expect(english(tooManyAttemptsSentence({ action: 'login', retryAfter: 841 }))).toBe(
      'Too many attempts to log in. Wait 15 minutes and try again. Forgotten your password? Ask for a reset link.',
    )
  })

  it('should count seconds under a minute', () => {
    expect(english(tooManyAttemptsSentence({ action: 'register', retryAfter: 42 }))).toBe(
      'Too many attempts to create an account. Wait 42 seconds and try again.',
    )
  })

  it('should say one minute in the singular', () => {
    expect(english(tooManyAttemptsSentence({ action: 'forgotPassword', retryAfter: 60 }))).toBe(
      'Too many attempts to request a password reset. Wait 1 minute and try again.',
    )
  })

  it('should say the same in Dutch, with the plural Dutch uses', () => {
    expect(
      renderSentence(tooManyAttemptsSentence({ action: 'login', retryAfter: 841 }), 'nl'),
    ).toBe(
      'Te veel pogingen om in te loggen. Wacht 15 minuten en probeer het dan opnieuw. Wachtwoord vergeten? Vraag een resetlink aan.',
    )
  })
})
