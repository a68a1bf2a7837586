import { describe, expect, it } from 'vitest'

import {
  emailChangeExpiry,
  hashEmailChangeToken,
  isEmailChangeExpired,
  isWellFormedToken,
  maskEmail,
  newEmailChangeToken,
  normaliseNewEmail,
} from './emailChange'

describe('email change tokens', () => {
  it('should make tokens that pass the well-formed check and differ each time', () => {
    const [a, b] = [newEmailChangeToken(), newEmailChangeToken()]
    expect([isWellFormedToken(a), isWellFormedToken(b), a === b]).toEqual([true, true, false])
  })

  it('should refuse tokens of the wrong length or alphabet', () => {
    expect([
      isWellFormedToken('abc'),
      isWellFormedToken(`${'a'.repeat(42)}=`),
      isWellFormedToken(1),
    ]).toEqual([false, false, false])
  })

  it('should store a hash that is not the token and is the same for the same token', () => {
    const token = newEmailChangeToken()
    expect([
      hashEmailChangeToken(token) === token,
      hashEmailChangeToken(token) === hashEmailChangeToken(token),
    ]).toEqual([false, true])
  })

  it('should expire a link 24 hours after it was made, not before', () => {
    const made = new Date('2026-11-30T09:00:00Z')
    const expires = emailChangeExpiry(made).toISOString()
    expect([
      isEmailChangeExpired(expires, new Date('2026-12-01T08:59:59Z')),
      isEmailChangeExpired(expires, new Date('2026-12-01T09:00:00Z')),
      isEmailChangeExpired(null, made),
    ]).toEqual([false, true, true])
  })
})

describe('new email addresses', () => {
  it('should trim and lower-case a plausible address', () => {
    expect(normaliseNewEmail('  Anna@Example.NL ')).toBe('anna@example.nl')
  })

  it('should refuse what is not an address', () => {
    expect(
      ['anna', 'anna@nl', 'an na@example.nl', 42, `${'a'.repeat(250)}@x.nl`].map(normaliseNewEmail),
    ).toEqual([null, null, null, null, null])
  })

  it('should hide all but the first letter of the local part', () => {
    expect(maskEmail('nieuw@example.nl')).toBe('n•••@example.nl')
  })
})
