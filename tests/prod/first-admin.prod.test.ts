import { describe, expect, it } from 'vitest'

import { FIRST_REGISTER_REFUSAL } from '@/collections/Users/endpoints/refuseFirstRegister'
import { renderSentence } from '@/errors/sentence'

import { call, firstMessage } from './client'

describe('the first admin in the production build', () => {
  it('should refuse Payload’s first-register route with 403 and say how the admin is created', async () => {
    const res = await call('POST', '/api/users/first-register', {
      json: { email: `first-${Date.now()}@example.com`, password: 'Prod-test-password-1' },
    })
    expect([res.status, firstMessage(res)]).toEqual([
      403,
      renderSentence(FIRST_REGISTER_REFUSAL, 'en'),
    ])
  })

  it('should create no account through the first-register route', async () => {
    const email = `first-none-${Date.now()}@example.com`
    const password = 'Prod-test-password-1'
    await call('POST', '/api/users/first-register', { json: { email, password } })
    expect((await call('POST', '/api/users/login', { json: { email, password } })).status).toBe(401)
  })
})
