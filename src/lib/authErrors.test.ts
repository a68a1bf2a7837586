import { describe, expect, it } from 'vitest'

import { authProblems } from './authErrors'

describe('authProblems', () => {
  it('should explain a wrong email or password', () => {
    const body = { errors: [{ message: 'The email or password provided is incorrect.' }] }
    expect(authProblems(401, body)).toEqual([
      {
        message:
          'The email or password is incorrect. After 5 wrong passwords an account is locked for 10 minutes.',
      },
    ])
  })

  it('should show the server’s sentence for too many attempts', () => {
    const message = 'Too many attempts to log in. Wait 15 minutes and try again.'
    expect(authProblems(429, { errors: [{ message }] })).toEqual([{ message }])
  })

  it('should still explain too many attempts without a sentence', () => {
    expect(authProblems(429, null)).toEqual([
      { message: 'Too many attempts. Wait a few minutes and try again.' },
    ])
  })

  it('should point at the email field when the email is taken', () => {
    const body = {
      errors: [
        {
          name: 'ValidationError',
          message: 'The following field is invalid: email',
          data: {
            collection: 'users',
            errors: [
              { message: 'A user with the given email is already registered.', path: 'email' },
            ],
          },
        },
      ],
    }
    expect(authProblems(400, body)).toEqual([
      { field: 'email', message: 'An account with this email already exists. Log in instead.' },
    ])
  })

  it('should point at the email field when Payload says the email is taken in Dutch', () => {
    const body = {
      errors: [
        {
          name: 'ValidationError',
          message: 'Het volgende veld is ongeldig: email',
          data: {
            collection: 'users',
            errors: [
              {
                message: 'Een gebruiker met het opgegeven e-mailadres is al geregistreerd.',
                path: 'email',
              },
            ],
          },
        },
      ],
    }
    expect(authProblems(400, body)).toEqual([
      { field: 'email', message: 'An account with this email already exists. Log in instead.' },
    ])
  })

  it('should pass other field errors through with their field', () => {
    const body = {
      errors: [{ data: { errors: [{ message: 'This value must be longer.', path: 'password' }] } }],
    }
    expect(authProblems(400, body)).toEqual([
      { field: 'password', message: 'This value must be longer.' },
    ])
  })

  it('should give a generic sentence for a server error without a body', () => {
    expect(authProblems(500, null)[0]?.message).toMatch(/try again/)
  })
})
