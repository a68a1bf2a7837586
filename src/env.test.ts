import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { parseEnv } from './env'

const secret = 'a-test-secret-of-32-characters!!'
const dataDir = path.join(os.tmpdir(), 'v14-env-test')
const production = { NODE_ENV: 'production', PAYLOAD_SECRET: secret, DATA_DIR: dataDir } as const
const smtp = 'smtp://user:pass@127.0.0.1:2525'

describe('parseEnv in production', () => {
  it('should refuse to start without PAYLOAD_SECRET', () => {
    expect(() => parseEnv({ ...production, PAYLOAD_SECRET: '', SMTP_URL: smtp })).toThrow(
      '  - PAYLOAD_SECRET is required in production',
    )
  })

  it('should refuse to start without SMTP_URL, naming both ways out', () => {
    expect(() => parseEnv({ ...production })).toThrow(
      '  - SMTP_URL is required in production, or set ALLOW_EMAIL_OUTBOX=true.',
    )
  })

  it('should start with SMTP_URL', () => {
    expect(parseEnv({ ...production, SMTP_URL: smtp }).SMTP_URL).toBe(smtp)
  })

  it('should start without SMTP_URL when ALLOW_EMAIL_OUTBOX is true', () => {
    expect(parseEnv({ ...production, ALLOW_EMAIL_OUTBOX: 'true' }).ALLOW_EMAIL_OUTBOX).toBe(true)
  })

  it('should keep /dev/outbox closed when only ALLOW_EMAIL_OUTBOX is set', () => {
    expect(parseEnv({ ...production, ALLOW_EMAIL_OUTBOX: 'true' }).devOutbox).toBe(false)
  })

  it('should serve /dev/outbox when ALLOW_EMAIL_OUTBOX and DEV_OUTBOX are set', () => {
    expect(
      parseEnv({ ...production, ALLOW_EMAIL_OUTBOX: 'true', DEV_OUTBOX: 'true' }).devOutbox,
    ).toBe(true)
  })

  it('should never serve /dev/outbox when SMTP_URL is set', () => {
    expect(parseEnv({ ...production, SMTP_URL: smtp, DEV_OUTBOX: 'true' }).devOutbox).toBe(false)
  })
})

describe('parseEnv outside production', () => {
  it('should start without SMTP_URL in development and serve the outbox', () => {
    expect(parseEnv({ NODE_ENV: 'development', PAYLOAD_SECRET: secret }).devOutbox).toBe(true)
  })
})

describe('parseEnv for the first admin', () => {
  const admin = { ...production, SMTP_URL: smtp }

  it('should take ADMIN_EMAIL and ADMIN_PASSWORD together', () => {
    const env = parseEnv({
      ...admin,
      ADMIN_EMAIL: 'owner@example.com',
      ADMIN_PASSWORD: 'koffie met de hele studio',
    })
    expect([env.ADMIN_EMAIL, env.ADMIN_PASSWORD]).toEqual([
      'owner@example.com',
      'koffie met de hele studio',
    ])
  })

  it('should refuse ADMIN_EMAIL without ADMIN_PASSWORD', () => {
    expect(() => parseEnv({ ...admin, ADMIN_EMAIL: 'owner@example.com' })).toThrow(
      '  - ADMIN_PASSWORD is required when the other of ADMIN_EMAIL and ADMIN_PASSWORD is set',
    )
  })

  it('should refuse ADMIN_PASSWORD without ADMIN_EMAIL', () => {
    expect(() => parseEnv({ ...admin, ADMIN_PASSWORD: 'koffie met de hele studio' })).toThrow(
      '  - ADMIN_EMAIL is required when the other of ADMIN_EMAIL and ADMIN_PASSWORD is set',
    )
  })

  it('should refuse an ADMIN_EMAIL that is not an email address', () => {
    expect(() =>
      parseEnv({ ...admin, ADMIN_EMAIL: 'owner', ADMIN_PASSWORD: 'koffie met de hele studio' }),
    ).toThrow('  - ADMIN_EMAIL must be an email address')
  })

  it('should refuse an ADMIN_PASSWORD the registration policy refuses, with its sentence', () => {
    const email = 'owner@example.com'
    const weak = 'short'
    expect(() => parseEnv({ ...admin, ADMIN_EMAIL: email, ADMIN_PASSWORD: weak })).toThrow(
      '  - ADMIN_PASSWORD is refused by the password policy: Choose a password of at least 10 characters',
    )
  })
})
