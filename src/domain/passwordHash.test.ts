import crypto from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { matchesStoredPassword } from './passwordHash'

const salt = crypto.randomBytes(32).toString('hex')
const stored = (password: string, iterations: number, keyLength: number, prefix = '') =>
  prefix + crypto.pbkdf2Sync(password, salt, iterations, keyLength, 'sha256').toString('hex')

describe('matchesStoredPassword', () => {
  const current = stored('silver kites over dunes', 600_000, 32, 'pbkdf2-sha256-v1:')

  it('should accept the right password for a current hash', async () => {
    expect(
      await matchesStoredPassword({ password: 'silver kites over dunes', hash: current, salt }),
    ).toBe(true)
  })

  it('should refuse a wrong password', async () => {
    expect(
      await matchesStoredPassword({ password: 'silver kites over dune', hash: current, salt }),
    ).toBe(false)
  })

  it('should accept the right password for a legacy hash', async () => {
    const legacy = stored('an older sentence', 25_000, 512)
    expect(await matchesStoredPassword({ password: 'an older sentence', hash: legacy, salt })).toBe(
      true,
    )
  })

  it('should refuse any password for an account without one', async () => {
    expect(await matchesStoredPassword({ password: '', hash: null, salt: null })).toBe(false)
  })
})
