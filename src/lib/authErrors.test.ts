import { describe, expect, it } from 'vitest'

import { LOGIN_LOCKOUT } from '@/domain/authLimits'
import { translatorFor } from '@/i18n/translate'

import { authProblems, inputProblems, type ProblemTranslator } from './authErrors'

const en = translatorFor('en', 'auth')
const nl = translatorFor('nl', 'auth')
const tEn: ProblemTranslator = (key, values) => en(`problems.${key}`, values)
const tNl: ProblemTranslator = (key, values) => nl(`problems.${key}`, values)

const emailTaken = (message: string) => ({
  errors: [
    {
      name: 'ValidationError',
      message: 'The following field is invalid: email',
      data: { collection: 'users', errors: [{ message, path: 'email' }] },
    },
  ],
})

describe('authProblems', () => {
  it('should explain a wrong email or password with the lockout rule, in Dutch', () => {
    const body = { errors: [{ message: 'The email or password provided is incorrect.' }] }
    const [problem] = authProblems({ status: 401, body, request: 'login', t: tNl })
    expect(problem?.message).toContain(`Na ${LOGIN_LOCKOUT.attempts} verkeerde wachtwoorden`)
    expect(problem?.message).toContain(`${LOGIN_LOCKOUT.minutes} minuten`)
  })

  it('should explain a wrong email or password in English on an English page', () => {
    const [problem] = authProblems({ status: 401, body: null, request: 'login', t: tEn })
    expect(problem?.message).toContain(`After ${LOGIN_LOCKOUT.attempts} wrong passwords`)
  })

  it('should show the server’s sentence for too many attempts', () => {
    const message = 'Too many attempts to log in. Wait 15 minutes and try again.'
    expect(
      authProblems({ status: 429, body: { errors: [{ message }] }, request: 'login', t: tEn }),
    ).toEqual([{ message }])
  })

  it('should still explain too many attempts without a sentence', () => {
    expect(authProblems({ status: 429, body: null, request: 'login', t: tNl })).toEqual([
      { message: tNl('tooManyAttempts') },
    ])
  })

  it('should mark a used or expired reset link so the form can offer a new one', () => {
    const body = { errors: [{ message: 'Token is either invalid or has expired.' }] }
    expect(authProblems({ status: 403, body, request: 'resetPassword', t: tEn })).toEqual([
      { message: tEn('resetLinkUsed'), code: 'resetLinkUsed' },
    ])
  })

  it('should point at the email field when the email is taken', () => {
    const body = emailTaken('A user with the given email is already registered.')
    expect(authProblems({ status: 400, body, request: 'register', t: tEn })).toEqual([
      { field: 'email', message: tEn('emailTaken'), code: 'emailTaken' },
    ])
  })

  it('should point at the email field when Payload says the email is taken in Dutch', () => {
    const body = emailTaken('Een gebruiker met het opgegeven e-mailadres is al geregistreerd.')
    expect(authProblems({ status: 400, body, request: 'register', t: tNl })).toEqual([
      { field: 'email', message: tNl('emailTaken'), code: 'emailTaken' },
    ])
  })

  it('should pass other field errors through with their field', () => {
    const body = {
      errors: [{ data: { errors: [{ message: 'This value must be longer.', path: 'password' }] } }],
    }
    expect(authProblems({ status: 400, body, request: 'register', t: tEn })).toEqual([
      { field: 'password', message: 'This value must be longer.' },
    ])
  })

  it('should pass a weak-password sentence of a reset through as the server wrote it', () => {
    const message = 'Choose a password that is not your email address.'
    expect(
      authProblems({
        status: 400,
        body: { errors: [{ message }] },
        request: 'resetPassword',
        t: tEn,
      }),
    ).toEqual([{ message }])
  })

  it('should give a general sentence for a server error without a body', () => {
    expect(authProblems({ status: 500, body: null, request: 'login', t: tNl })).toEqual([
      { message: tNl('serverError') },
    ])
  })
})

describe('inputProblems', () => {
  const min = 10

  it('should ask for every missing field of the registration, in the page’s language', () => {
    expect(
      inputProblems({
        values: { name: ' ', email: '', password: '' },
        newPassword: true,
        minPasswordLength: min,
        t: tNl,
      }),
    ).toEqual([
      { field: 'name', message: tNl('nameMissing') },
      { field: 'email', message: tNl('emailMissing') },
      { field: 'password', message: tNl('passwordMissing') },
    ])
  })

  it('should refuse an email address without a domain', () => {
    expect(inputProblems({ values: { email: 'robin@' }, minPasswordLength: min, t: tEn })).toEqual([
      { field: 'email', message: tEn('emailInvalid') },
    ])
  })

  it('should refuse a new password one character short of the minimum', () => {
    expect(
      inputProblems({
        values: { password: 'x'.repeat(min - 1) },
        newPassword: true,
        minPasswordLength: min,
        t: tEn,
      }),
    ).toEqual([{ field: 'password', message: tEn('passwordTooShort', { min }) }])
  })

  it('should count characters, not UTF-16 units, as the server does', () => {
    expect(
      inputProblems({
        values: { password: '🎙'.repeat(min - 1) },
        newPassword: true,
        minPasswordLength: min,
        t: tEn,
      }),
    ).toEqual([{ field: 'password', message: tEn('passwordTooShort', { min }) }])
  })

  it('should not hold a login’s current password to the new-password minimum', () => {
    expect(
      inputProblems({
        values: { email: 'robin@example.com', password: 'short' },
        minPasswordLength: min,
        t: tEn,
      }),
    ).toEqual([])
  })

  it('should refuse a repeated password that differs', () => {
    expect(
      inputProblems({
        values: { password: 'a long enough one', confirm: 'a long enough two' },
        newPassword: true,
        minPasswordLength: min,
        t: tEn,
      }),
    ).toEqual([{ field: 'password', message: tEn('passwordsDiffer') }])
  })
})
