import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { executableFile, formWith, htmlFile, pdfFile } from '../helpers/files'
import { transitionExtra } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

type Doc = { id: number; [key: string]: unknown }
type List = { docs: Doc[]; totalDocs: number }

let ctx: TestContext
let api: RestClient
const tokens: Record<string, string> = {}
let voiceoverId: number

const bookingInput = {
  voiceover: 0,
  projectTitle: 'Spring campaign',
  projectType: 'commercial',
  termsAccepted: true,
}

beforeAll(async () => {
  ctx = await bootPayload({ MAX_SCRIPT_MB: '1' })
  api = restClient(ctx.config)
  const { payload } = ctx
  const users = {
    admin: await createUser({ payload, role: 'admin' }),
    customerA: await createUser({ payload, role: 'customer' }),
    customerB: await createUser({ payload, role: 'customer' }),
    artist: await createUser({ payload, role: 'voiceover' }),
    otherArtist: await createUser({ payload, role: 'voiceover' }),
  }
  for (const [name, user] of Object.entries(users))
    tokens[name] = await api.login(user.email, PASSWORD)
  voiceoverId = (await createVoiceover({ payload, user: users.artist.id })).id
  await createVoiceover({ payload, user: users.otherArtist.id })
  bookingInput.voiceover = voiceoverId
})

afterAll(async () => {
  await ctx?.cleanup()
})

const book = async (
  token = tokens.customerA,
  extra: Record<string, unknown> = {},
  headers?: Record<string, string>,
) => api.post<{ doc: Doc }>('/bookings', { token, json: { ...bookingInput, ...extra }, headers })

const uploadScript = async (
  bookingId: number,
  token = tokens.customerA,
  file?: { data: Buffer; name: string; type?: string },
) =>
  api.post<{ doc: Doc }>('/scripts', {
    token,
    form: formWith(file ?? { data: await pdfFile(), name: 'script.pdf', type: 'application/pdf' }, {
      booking: String(bookingId),
    }),
  })

const setStatus = (
  id: number,
  status: string,
  token: string,
  extra: Record<string, unknown> = {},
) =>
  api.post<{ doc: Doc }>(`/bookings/${id}/transition`, {
    token,
    json: { to: status, ...transitionExtra(extra) },
  })

const statusOf = async (id: number) =>
  (await ctx.payload.findByID({ collection: 'bookings', id })).status

describe('creating a booking', () => {
  it('should take the customer, status and price from the server, not the request', async () => {
    const res = await book(tokens.customerA, {
      status: 'completed',
      quotedPrice: 1,
      finalPrice: 1,
      customer: 999,
    })
    expect(res.status).toBe(201)
    const stored = await ctx.payload.findByID({
      collection: 'bookings',
      id: res.body.doc.id,
      depth: 0,
    })
    expect([stored.status, stored.quotedPrice, stored.finalPrice ?? null]).toEqual([
      'pending_script',
      45_000,
      null,
    ])
    expect(stored.customer).not.toBe(999)
  })

  it('should refuse a booking from an anonymous visitor', async () => {
    const res = await api.post('/bookings', { json: bookingInput })
    expect(res.status).toBe(403)
  })

  it('should refuse a booking from an artist', async () => {
    const res = await book(tokens.artist)
    expect(res.status).toBe(403)
  })

  it('should quote the same price the booking gets', async () => {
    const quote = await api.post<{ quote: { totalCents: number } }>('/bookings/quote', {
      json: { ...bookingInput, wordCount: 600, rushOrder: true },
    })
    const created = await book(tokens.customerA, { wordCount: 600, rushOrder: true })
    expect(created.body.doc.quotedPrice).toBe(quote.body.quote.totalCents)
  })

  it('should create one booking for ten parallel requests with the same Idempotency-Key', async () => {
    const before = await ctx.payload.count({ collection: 'bookings' })
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        book(tokens.customerB, {}, { 'Idempotency-Key': 'same-key-123456' }),
      ),
    )
    const after = await ctx.payload.count({ collection: 'bookings' })
    expect(after.totalDocs - before.totalDocs).toBe(1)
    expect(new Set(results.map((r) => r.body.doc?.id)).size).toBe(1)
  })

  it('should refuse an Idempotency-Key reused for a different booking request, creating nothing', async () => {
    const key = { 'Idempotency-Key': 'reused-key-7654321' }
    const first = await book(tokens.customerB, { projectTitle: 'First spot' }, key)
    const before = await ctx.payload.count({ collection: 'bookings' })
    const second = await book(tokens.customerB, { projectTitle: 'Second spot', wordCount: 90 }, key)
    const after = await ctx.payload.count({ collection: 'bookings' })
    expect([
      first.status,
      second.status,
      (second.body as { errors?: { message: string }[] }).errors?.[0]?.message,
      after.totalDocs - before.totalDocs,
    ]).toEqual([
      201,
      422,
      'This Idempotency-Key was already used for another booking request (projectTitle, wordCount differ). Send a new key for a new booking.',
      0,
    ])
  })
})

describe('status workflow over REST', () => {
  it('should move to script_received when the customer uploads the script, and set a deadline', async () => {
    const { body } = await book()
    const res = await uploadScript(body.doc.id)
    expect(res.status).toBe(201)
    const stored = await ctx.payload.findByID({ collection: 'bookings', id: body.doc.id })
    expect(stored.status).toBe('script_received')
    expect(stored.deadline).toBeTruthy()
  })

  it('should answer 409 with a reason for an illegal transition', async () => {
    const { body } = await book()
    const res = await setStatus(body.doc.id, 'completed', tokens.customerA)
    expect(res.status).toBe(409)
    expect(JSON.stringify(res.body)).toContain('pending_script')
  })

  it('should let only the assigned artist start production', async () => {
    const { body } = await book()
    await uploadScript(body.doc.id)
    const byCustomer = await setStatus(body.doc.id, 'in_production', tokens.customerA)
    const byArtist = await setStatus(body.doc.id, 'in_production', tokens.artist)
    expect([byCustomer.status, byArtist.status]).toEqual([403, 200])
  })

  it('should require a reason to cancel', async () => {
    const { body } = await book()
    const res = await setStatus(body.doc.id, 'cancelled', tokens.customerA)
    expect(res.status).toBe(400)
    expect(await statusOf(body.doc.id)).toBe('pending_script')
  })

  it('should not let the customer cancel once production started', async () => {
    const { body } = await book()
    await uploadScript(body.doc.id)
    await setStatus(body.doc.id, 'in_production', tokens.artist)
    const res = await setStatus(body.doc.id, 'cancelled', tokens.customerA, {
      cancellationReason: 'Changed plans',
    })
    expect(res.status).toBe(403)
  })

  it('should let an admin cancel at any time with a reason', async () => {
    const { body } = await book()
    await uploadScript(body.doc.id)
    await setStatus(body.doc.id, 'in_production', tokens.artist)
    const res = await setStatus(body.doc.id, 'cancelled', tokens.admin, {
      cancellationReason: 'Artist ill',
    })
    expect(res.status).toBe(200)
  })

  it('should let exactly one of twenty parallel identical transitions succeed', async () => {
    const { body } = await book()
    await uploadScript(body.doc.id)
    const results = await Promise.all(
      Array.from({ length: 20 }, () => setStatus(body.doc.id, 'in_production', tokens.artist)),
    )
    const statuses = results.map((r) => r.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(19)
  })

  it('should record every step in the audit trail', async () => {
    const { body } = await book()
    await uploadScript(body.doc.id)
    await setStatus(body.doc.id, 'in_production', tokens.artist)
    const events = await ctx.payload.find({
      collection: 'audit-events',
      where: { booking: { equals: body.doc.id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(events.docs.map((e) => `${e.action}:${e.toStatus ?? ''}`)).toEqual([
      'booking.created:pending_script',
      'booking.status_changed:script_received',
      'script.uploaded:',
      'booking.status_changed:in_production',
    ])
  })
})

describe('changing a status only as the booking was read (ETag, If-Match)', () => {
  const read = (id: number, token = tokens.customerA) => api.get<Doc>(`/bookings/${id}`, { token })

  it('should answer a booking read with a strong ETag', async () => {
    const { body } = await book()
    const res = await read(body.doc.id)
    expect(res.headers.get('etag')).toMatch(/^"[^"]+"$/)
  })

  it('should give the same ETag to both parties of an unchanged booking', async () => {
    const { body } = await book()
    const [customer, artist] = await Promise.all([
      read(body.doc.id),
      read(body.doc.id, tokens.artist),
    ])
    expect(artist.headers.get('etag')).toBe(customer.headers.get('etag'))
  })

  it('should change the ETag when the status changes', async () => {
    const { body } = await book()
    const before = (await read(body.doc.id)).headers.get('etag')
    await uploadScript(body.doc.id)
    expect((await read(body.doc.id)).headers.get('etag')).not.toBe(before)
  })

  it('should not put an ETag on a list of bookings', async () => {
    await book()
    const res = await api.get('/bookings?limit=5', { token: tokens.customerA })
    expect([res.status, res.headers.get('etag')]).toEqual([200, null])
  })

  it('should apply a transition sent with the current ETag and answer the new one', async () => {
    const { body } = await book()
    await uploadScript(body.doc.id)
    const etag = (await read(body.doc.id, tokens.artist)).headers.get('etag') as string
    const res = await api.post(`/bookings/${body.doc.id}/transition`, {
      token: tokens.artist,
      json: { to: 'in_production' },
      headers: { 'If-Match': etag },
    })
    expect([res.status, res.headers.get('etag') === etag, await statusOf(body.doc.id)]).toEqual([
      200,
      false,
      'in_production',
    ])
  })

  it('should refuse with 412 a transition sent with the ETag of a page read before a change', async () => {
    const { body } = await book()
    await uploadScript(body.doc.id)
    const stale = (await read(body.doc.id, tokens.admin)).headers.get('etag') as string
    await setStatus(body.doc.id, 'in_production', tokens.artist)
    const res = await api.post<{ errors?: { message: string }[] }>(
      `/bookings/${body.doc.id}/transition`,
      {
        token: tokens.admin,
        json: { to: 'cancelled', reason: 'Customer did not pay.' },
        headers: { 'If-Match': stale },
      },
    )
    expect([res.status, res.body.errors?.[0]?.message, await statusOf(body.doc.id)]).toEqual([
      412,
      'This booking changed since you loaded it (it is now recording): nothing was changed. Reload the page to see what happened.',
      'in_production',
    ])
  })

  it('should refuse with 412 an update sent with a stale ETag and keep the booking as it is', async () => {
    const { body } = await book()
    const stale = (await read(body.doc.id, tokens.admin)).headers.get('etag') as string
    await uploadScript(body.doc.id)
    const res = await api.patch(`/bookings/${body.doc.id}`, {
      token: tokens.admin,
      json: { directionNotes: 'Slower, please.' },
      headers: { 'If-Match': stale },
    })
    const stored = await ctx.payload.findByID({ collection: 'bookings', id: body.doc.id })
    expect([res.status, stored.directionNotes ?? null]).toEqual([412, null])
  })

  it('should apply an update sent with the current ETag', async () => {
    const { body } = await book()
    const etag = (await read(body.doc.id, tokens.admin)).headers.get('etag') as string
    const res = await api.patch(`/bookings/${body.doc.id}`, {
      token: tokens.admin,
      json: { directionNotes: 'Slower, please.' },
      headers: { 'If-Match': etag },
    })
    const stored = await ctx.payload.findByID({ collection: 'bookings', id: body.doc.id })
    expect([res.status, stored.directionNotes]).toEqual([200, 'Slower, please.'])
  })

  it('should refuse a status change through an update and point to the transition endpoint', async () => {
    const { body } = await book()
    const res = await api.patch<{ errors?: { message: string }[] }>(`/bookings/${body.doc.id}`, {
      token: tokens.admin,
      json: { status: 'cancelled', cancellationReason: 'Test' },
    })
    expect([res.status, res.body.errors?.[0]?.message, await statusOf(body.doc.id)]).toEqual([
      400,
      `A booking's status changes with POST /api/bookings/${body.doc.id}/transition {"to": "cancelled"}, not with an update.`,
      'pending_script',
    ])
  })

  it('should answer 404 to a transition of someone else’s booking', async () => {
    const { body } = await book()
    const res = await api.post(`/bookings/${body.doc.id}/transition`, {
      token: tokens.customerB,
      json: { to: 'cancelled', reason: 'Not mine' },
    })
    expect([res.status, await statusOf(body.doc.id)]).toEqual([404, 'pending_script'])
  })

  it('should answer 401 to a transition without a login', async () => {
    const { body } = await book()
    const res = await api.post(`/bookings/${body.doc.id}/transition`, {
      json: { to: 'cancelled', reason: 'Anonymous' },
    })
    expect([res.status, await statusOf(body.doc.id)]).toEqual([401, 'pending_script'])
  })

  it('should answer 400 asking for the status when the body names none', async () => {
    const { body } = await book()
    const res = await api.post<{ errors?: { message: string }[] }>(
      `/bookings/${body.doc.id}/transition`,
      { token: tokens.admin, json: {} },
    )
    expect([res.status, res.body.errors?.[0]?.message.startsWith('Say which status')]).toEqual([
      400,
      true,
    ])
  })

  it('should answer 400, not 412, to an If-Match that is no entity tag', async () => {
    const { body } = await book()
    const res = await api.post(`/bookings/${body.doc.id}/transition`, {
      token: tokens.admin,
      json: { to: 'cancelled', reason: 'Test' },
      headers: { 'If-Match': 'nope' },
    })
    expect([res.status, await statusOf(body.doc.id)]).toEqual([400, 'pending_script'])
  })

  it('should answer 400 naming the statuses for an unknown one', async () => {
    const { body } = await book()
    const res = await setStatus(body.doc.id, 'archived', tokens.admin)
    expect([res.status, await statusOf(body.doc.id)]).toEqual([400, 'pending_script'])
  })
})

describe('script uploads', () => {
  it('should refuse a script for a cancelled booking, saying it was cancelled', async () => {
    const { body } = await book()
    await setStatus(body.doc.id, 'cancelled', tokens.customerA, {
      cancellationReason: 'Plans changed',
    })
    const res = await uploadScript(body.doc.id)
    expect([
      res.status,
      (res.body as { errors?: { message: string }[] }).errors?.[0]?.message,
    ]).toEqual([409, 'This booking was cancelled: it takes no script any more.'])
  })

  it.each([
    ['a renamed executable', executableFile(), 'script.pdf'],
    ['an HTML file posing as PDF', htmlFile(), 'script.pdf'],
    ['an HTML file posing as text', htmlFile(), 'script.txt'],
  ])('should refuse %s and store nothing', async (_label, data, name) => {
    const { body } = await book()
    const res = await uploadScript(body.doc.id, tokens.customerA, { data, name })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(
      (
        await ctx.payload.count({
          collection: 'scripts',
          where: { booking: { equals: body.doc.id } },
        })
      ).totalDocs,
    ).toBe(0)
    expect(await statusOf(body.doc.id)).toBe('pending_script')
  })

  it('should refuse an oversize script with 413 and store nothing', async () => {
    const { body } = await book()
    const big = Buffer.concat([await pdfFile(), Buffer.alloc(2 * 1024 * 1024, 32)])
    const res = await uploadScript(body.doc.id, tokens.customerA, { data: big, name: 'big.pdf' })
    expect(res.status).toBe(413)
    expect(
      (
        await ctx.payload.count({
          collection: 'scripts',
          where: { booking: { equals: body.doc.id } },
        })
      ).totalDocs,
    ).toBe(0)
  })

  it("should not let another customer upload a script to someone else's booking", async () => {
    const { body } = await book()
    const res = await uploadScript(body.doc.id, tokens.customerB)
    expect(res.status).toBe(404)
  })

  it('should accept a plain UTF-8 text script', async () => {
    const { body } = await book()
    const res = await uploadScript(body.doc.id, tokens.customerA, {
      data: Buffer.from('Hallo, dit is het script. Één zin.'),
      name: 'script.txt',
    })
    expect(res.status).toBe(201)
  })
})

describe('access control table', () => {
  type Role = 'anonymous' | 'customerA' | 'customerB' | 'artist' | 'otherArtist' | 'admin'
  const roles: Role[] = ['anonymous', 'customerA', 'customerB', 'artist', 'otherArtist', 'admin']
  let booking: Doc
  let script: Doc
  let audit: Doc
  const token = (role: Role) => (role === 'anonymous' ? undefined : tokens[role])

  beforeAll(async () => {
    booking = (await book()).body.doc
    script = (await uploadScript(booking.id)).body.doc
    audit = (
      await ctx.payload.find({
        collection: 'audit-events',
        where: { booking: { equals: booking.id } },
        limit: 1,
      })
    ).docs[0] as unknown as Doc
  })

  const readOne: Record<string, Record<Role, number>> = {
    bookings: {
      anonymous: 403,
      customerA: 200,
      customerB: 404,
      artist: 200,
      otherArtist: 404,
      admin: 200,
    },
    scripts: {
      anonymous: 403,
      customerA: 200,
      customerB: 404,
      artist: 200,
      otherArtist: 404,
      admin: 200,
    },
    'audit-events': {
      anonymous: 403,
      customerA: 200,
      customerB: 404,
      artist: 200,
      otherArtist: 404,
      admin: 200,
    },
  }
  it.each(
    roles.flatMap((role) => Object.keys(readOne).map((collection) => ({ role, collection }))),
  )('should answer read-one of $collection for $role as expected', async ({ role, collection }) => {
    const id = { bookings: booking.id, scripts: script.id, 'audit-events': audit.id }[collection]
    const res = await api.get(`/${collection}/${id}`, { token: token(role) })
    expect(res.status).toBe(readOne[collection][role])
  })

  const listSees: Record<Role, boolean> = {
    anonymous: false,
    customerA: true,
    customerB: false,
    artist: true,
    otherArtist: false,
    admin: true,
  }
  it.each(
    roles.flatMap((role) =>
      ['bookings', 'scripts', 'audit-events'].map((collection) => ({ role, collection })),
    ),
  )(
    'should include the booking in $collection lists only for those involved ($role), even with limit=0 and a where',
    async ({ role, collection }) => {
      const field = collection === 'bookings' ? 'id' : 'booking'
      const res = await api.get<List>(
        `/${collection}?limit=0&where[${field}][equals]=${booking.id}`,
        { token: token(role) },
      )
      const visible = res.status === 200 && res.body.docs.length > 0
      expect(visible).toBe(listSees[role])
    },
  )

  const download: Record<Role, number> = {
    anonymous: 403,
    customerA: 200,
    customerB: 403,
    artist: 200,
    otherArtist: 403,
    admin: 200,
  }
  it.each(roles)('should answer the script download for %s as expected', async (role) => {
    const res = await api.get(`/scripts/file/${script.filename as string}`, { token: token(role) })
    expect(res.status).toBe(download[role])
  })

  it('should serve the script privately, as an attachment, never sniffed', async () => {
    const res = await api.get(`/scripts/file/${script.filename as string}`, {
      token: tokens.artist,
    })
    expect([
      res.headers.get('cache-control'),
      res.headers.get('x-content-type-options'),
      res.headers.get('content-disposition'),
    ]).toEqual([
      'private, no-store',
      'nosniff',
      `attachment; filename="Spring campaign - script.pdf"; filename*=UTF-8''Spring%20campaign%20-%20script.pdf`,
    ])
  })

  it.each(roles)('should never let %s update or delete an audit event', async (role) => {
    const patch = await api.patch(`/audit-events/${audit.id}`, {
      token: token(role),
      json: { action: 'booking.created' },
    })
    const del = await api.delete(`/audit-events/${audit.id}`, { token: token(role) })
    expect([patch.status, del.status]).toEqual([403, 403])
  })

  it.each(roles)('should never let %s create an audit event', async (role) => {
    const res = await api.post('/audit-events', {
      token: token(role),
      json: { action: 'booking.created', booking: booking.id, actorType: 'user' },
    })
    expect(res.status).toBe(403)
  })

  const deleteBooking: Record<Role, number> = {
    anonymous: 403,
    customerA: 403,
    customerB: 403,
    artist: 403,
    otherArtist: 403,
    admin: 200,
  }
  it.each(roles)('should let only admins delete a booking (%s)', async (role) => {
    const target = (await book()).body.doc
    const res = await api.delete(`/bookings/${target.id}`, { token: token(role) })
    expect(res.status).toBe(deleteBooking[role])
  })

  const updateScript: Record<Role, number> = {
    anonymous: 403,
    customerA: 403,
    customerB: 403,
    artist: 403,
    otherArtist: 403,
    admin: 403,
  }
  it.each(roles)('should not let %s modify a stored script', async (role) => {
    const res = await api.patch(`/scripts/${script.id}`, {
      token: token(role),
      json: { booking: booking.id },
    })
    expect(res.status).toBe(updateScript[role])
  })

  it('should ignore a customer forging the price or customer on an existing booking', async () => {
    await api.patch(`/bookings/${booking.id}`, {
      token: tokens.customerA,
      json: { quotedPrice: 1, finalPrice: 1, customer: 999 },
    })
    const stored = await ctx.payload.findByID({ collection: 'bookings', id: booking.id, depth: 0 })
    expect([stored.quotedPrice, stored.finalPrice ?? null, stored.customer === 999]).toEqual([
      45_000,
      null,
      false,
    ])
  })

  it('should not let users list other users', async () => {
    const res = await api.get<List>('/users?limit=0', { token: tokens.customerA })
    expect(res.body.docs).toHaveLength(1)
  })
})
