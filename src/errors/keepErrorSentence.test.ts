import { describe, expect, it } from 'vitest'

import { userFacingMessage } from './keepErrorSentence'
import { UserError, isUserError } from './UserError'

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
    expect(userFacingMessage(new UserError('Log in to book an artist.', 401))).toBe(
      'Log in to book an artist.',
    )
  })
})

describe('UserError', () => {
  it('should keep its name when the class is renamed, as minification does', () => {
    const Renamed = class extends UserError {}
    const error = new Renamed('Choose a voice artist.', 400)
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
