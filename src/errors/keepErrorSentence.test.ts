import { describe, expect, it } from 'vitest'

import { keepErrorSentence, userFacingMessage } from './keepErrorSentence'
import { UserError, isUserError } from './UserError'

/** What the hook answers for `error` to a request with these headers and user. */
const answer = (
  error: Error,
  { acceptLanguage, user }: { acceptLanguage?: string; user?: { locale: string } } = {},
) => {
  const req = {
    t: (key: string) => key,
    headers: new Headers(acceptLanguage ? { 'accept-language': acceptLanguage } : {}),
    user: user ?? null,
  }
  const hook = keepErrorSentence as unknown as (args: unknown) => {
    status: number
    response: { errors: { name?: string; message: string; data?: Record<string, unknown> }[] }
  }
  const { status, response } = hook({ error, req, result: undefined, collection: undefined })
  return { status, ...response.errors[0] }
}

describe('userFacingMessage', () => {
  it('should use the reasons of a field validation error instead of its generic headline', () => {
    expect(
      userFacingMessage({
        message: 'The following field is invalid: file',
        data: { errors: [{ path: 'file', message: 'Invalid MIME type: video/mp4.' }] },
      }),
    ).toBe('Invalid MIME type: video/mp4.')
  })

  it('should name the field of each reason other than the file', () => {
    expect(
      userFacingMessage({
        message: 'The following fields are invalid: email, billing.vatId',
        data: {
          errors: [
            { path: 'email', message: 'Please enter a valid email address.' },
            { path: 'billing.vatId', message: 'This VAT ID is not valid.' },
          ],
        },
      }),
    ).toBe('email: Please enter a valid email address. vat id: This VAT ID is not valid.')
  })

  it('should keep a plain error’s own message', () => {
    expect(userFacingMessage(new Error('Log in to book an artist.'))).toBe(
      'Log in to book an artist.',
    )
  })

  it('should write a UserError’s sentence in the language asked for', () => {
    const error = new UserError({ key: 'auth.logInToBook' }, 401)
    expect([userFacingMessage(error, 'en'), userFacingMessage(error, 'nl')]).toEqual([
      'Log in to book an artist.',
      'Log in om een stemacteur te boeken.',
    ])
  })
})

describe('keepErrorSentence', () => {
  const refusal = () => new UserError({ key: 'upload.tooLarge', values: { mb: 25 } }, 413)

  it('should answer in Dutch when the request names no language', () => {
    expect(answer(refusal())).toEqual({
      status: 413,
      name: 'UserError',
      message: 'Het bestand is te groot: het maximum is 25 MB.',
      data: { key: 'upload.tooLarge' },
    })
  })

  it('should answer in English for Accept-Language: en-US', () => {
    expect(answer(refusal(), { acceptLanguage: 'en-US,en;q=0.9' }).message).toBe(
      'The file is too large: the limit is 25 MB.',
    )
  })

  it('should follow the user’s own language over Accept-Language', () => {
    expect(answer(refusal(), { acceptLanguage: 'nl', user: { locale: 'en' } }).message).toBe(
      'The file is too large: the limit is 25 MB.',
    )
  })

  it('should keep the client data beside the key', () => {
    const error = new UserError({ key: 'quota.bookingsClosed' }, 429, { quota: 'bookingsPerHour' })
    expect(answer(error).data).toEqual({ key: 'quota.bookingsClosed', quota: 'bookingsPerHour' })
  })

  it('should write a nested status label in the answer’s language', () => {
    const error = new UserError(
      { key: 'delivery.notInReview', values: { status: { key: 'status.completed' } } },
      409,
    )
    expect([answer(error).message, answer(error, { acceptLanguage: 'en' }).message]).toEqual([
      'De boeking heeft de status opgeleverd en wacht niet op jouw beoordeling.',
      'The booking is delivered, not waiting for your review.',
    ])
  })

  it('should hide a 5xx behind a sentence in the request’s language', () => {
    expect(answer(new Error('database down')).message).toBe('Er ging bij ons iets mis.')
  })
})

describe('UserError', () => {
  it('should carry the English sentence as its message, for logs', () => {
    expect(new UserError({ key: 'quote.noRush', values: { name: 'Sanne' } }, 400).message).toBe(
      "Sanne doesn't take rush orders.",
    )
  })

  it('should keep its name when the class is renamed, as minification does', () => {
    const Renamed = class extends UserError {}
    const error = new Renamed({ key: 'quote.chooseArtist' }, 400)
    expect([error.name, isUserError(error), error.status, error.isPublic]).toEqual([
      'UserError',
      true,
      400,
      true,
    ])
  })

  it('should not take an ordinary error for one', () => {
    expect(isUserError(new Error('boom'))).toBe(false)
  })
})
