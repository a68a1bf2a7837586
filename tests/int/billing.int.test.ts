import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '@/slugs'

import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, PASSWORD } from '../helpers/scenario'

type Errors = { errors: { name?: string; message: string }[] }

let ctx: TestContext
let api: RestClient

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
})

afterAll(async () => {
  await ctx?.cleanup()
})

/** A customer, logged in, as `/account/billing` sees them. */
const customer = async () => {
  const user = await createUser({ payload: ctx.payload, role: 'customer' })
  const token = await api.login(user.email, PASSWORD)
  return { id: user.id, token }
}

const storedBilling = async (id: number) =>
  (await ctx.payload.findByID({ collection: slugs.users, id, depth: 0 })).billing

describe('billing details (PATCH /api/users/:id, as /account/billing saves them)', () => {
  it('should refuse a German VAT ID whose check digit fails, with a sentence, and keep the old details', async () => {
    const { id, token } = await customer()
    // DE123456789: ISO 7064 MOD 11,10 over 12345678 gives check digit 8, not 9.
    const res = await api.patch<Errors>(`/users/${id}`, {
      token,
      json: { billing: { customerType: 'business', country: 'DE', vatId: 'DE123456789' } },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0]?.message).toBe(
      'This VAT ID is not valid for Germany: check the digits. A VAT ID from Germany looks like DE123456788.',
    )
    expect((await storedBilling(id))?.vatId ?? null).toBeNull()
  })

  it('should store a valid VAT ID as it goes on an invoice, without the spaces and dots typed', async () => {
    const { id, token } = await customer()
    // 12345678 → check digit 8 (ISO 7064 MOD 11,10).
    const res = await api.patch(`/users/${id}`, {
      token,
      json: { billing: { customerType: 'business', country: 'DE', vatId: 'de 123.456.788' } },
    })
    expect(res.status).toBe(200)
    expect((await storedBilling(id))?.vatId).toBe('DE123456788')
  })

  it('should point a Greek customer who types GR at the EL prefix', async () => {
    const { id, token } = await customer()
    const res = await api.patch<Errors>(`/users/${id}`, {
      token,
      json: { billing: { customerType: 'business', country: 'GR', vatId: 'GR123456783' } },
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0]?.message).toMatch(/^A VAT ID for Greece starts with EL/)
  })

  it('should accept a Northern Ireland business with an XI VAT ID and country GB', async () => {
    const { id, token } = await customer()
    // 1234567 with weights 8…2 sums to 112; 97 − (112 mod 97) = 82.
    const res = await api.patch(`/users/${id}`, {
      token,
      json: { billing: { customerType: 'business', country: 'GB', vatId: 'XI 123 4567 82' } },
    })
    expect(res.status).toBe(200)
    expect(await storedBilling(id)).toMatchObject({ country: 'GB', vatId: 'XI123456782' })
  })

  it('should let a customer change other details without resending the VAT ID', async () => {
    const { id, token } = await customer()
    // An ID stored before the checksum rule existed must not block unrelated updates.
    await ctx.payload.db.updateOne({
      collection: slugs.users,
      id,
      data: { billing: { customerType: 'business', country: 'DE', vatId: 'DE123456789' } },
    })
    const res = await api.patch(`/users/${id}`, { token, json: { locale: 'en' } })
    expect(res.status).toBe(200)
  })
})
