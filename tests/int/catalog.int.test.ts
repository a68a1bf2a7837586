import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { executableFile, formWith, htmlFile, jpegFile, wavFile } from '../helpers/files'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

type Doc = { id: number; [key: string]: unknown }
type List = { docs: Doc[]; totalDocs: number }

let ctx: TestContext
let api: RestClient
let adminToken: string

beforeAll(async () => {
  ctx = await bootPayload({ MAX_MEDIA_MB: '1' })
  api = restClient(ctx.config)
  const admin = await createUser({ payload: ctx.payload, role: 'admin' })
  adminToken = await api.login(admin.email, PASSWORD)
})

afterAll(async () => {
  await ctx?.cleanup()
})

const uploadMedia = (file: { data: Buffer; name: string; type?: string }, token = adminToken) =>
  api.post<{ doc: Doc }>('/media', {
    token,
    form: formWith(file, { _payload: JSON.stringify({ alt: 'x' }) }),
  })

describe('registration', () => {
  it('should store a self-registered account as a customer even when it asks to be admin', async () => {
    const res = await api.post<{ doc: Doc }>('/users', {
      json: { email: 'forger@test.local', password: PASSWORD, name: 'Forger', role: 'admin' },
    })
    expect(res.status).toBe(201)
    const stored = await ctx.payload.findByID({ collection: 'users', id: res.body.doc.id })
    expect(stored.role).toBe('customer')
  })

  it('should not let a customer change their own role', async () => {
    const customer = await createUser({ payload: ctx.payload, role: 'customer' })
    const token = await api.login(customer.email, PASSWORD)
    await api.patch(`/users/${customer.id}`, { token, json: { role: 'admin' } })
    const stored = await ctx.payload.findByID({ collection: 'users', id: customer.id })
    expect(stored.role).toBe('customer')
  })

  it('should not let a customer read another user', async () => {
    const customer = await createUser({ payload: ctx.payload, role: 'customer' })
    const other = await createUser({ payload: ctx.payload, role: 'customer' })
    const token = await api.login(customer.email, PASSWORD)
    const res = await api.get(`/users/${other.id}`, { token })
    expect(res.status).toBe(404)
  })

  it('should lock an account after five failed logins', async () => {
    const customer = await createUser({ payload: ctx.payload, role: 'customer' })
    for (let i = 0; i < 5; i += 1) {
      await api.post('/users/login', {
        json: { email: customer.email, password: 'wrong-password' },
      })
    }
    const res = await api.post('/users/login', {
      json: { email: customer.email, password: PASSWORD },
    })
    expect(res.status).toBe(401)
  })
})

describe('catalog access', () => {
  it('should show active artists to anonymous visitors', async () => {
    const artist = await createVoiceover({ payload: ctx.payload })
    const res = await api.get<List>('/voiceovers?limit=100')
    expect(res.status).toBe(200)
    expect(res.body.docs.map((d) => d.id)).toContain(artist.id)
  })

  it('should hide an inactive artist from the list', async () => {
    const hidden = await createVoiceover({ payload: ctx.payload, active: false })
    const res = await api.get<List>('/voiceovers?limit=100')
    expect(res.body.docs.map((d) => d.id)).not.toContain(hidden.id)
  })

  it('should answer 404 for an inactive artist read by id', async () => {
    const hidden = await createVoiceover({ payload: ctx.payload, active: false })
    const res = await api.get(`/voiceovers/${hidden.id}`)
    expect(res.status).toBe(404)
  })

  it('should not let a list query widen to inactive artists', async () => {
    const hidden = await createVoiceover({ payload: ctx.payload, active: false })
    const res = await api.get<List>(`/voiceovers?limit=0&where[active][equals]=false`)
    expect(res.body.docs.map((d) => d.id)).not.toContain(hidden.id)
  })

  it.each([
    ['create', 'post', '/voiceovers'],
    ['update', 'patch', '/voiceovers/ID'],
    ['delete', 'delete', '/voiceovers/ID'],
  ] as const)('should refuse an anonymous %s of an artist', async (_op, method, path) => {
    const artist = await createVoiceover({ payload: ctx.payload })
    const res = await api[method](path.replace('ID', String(artist.id)), {
      json: { name: 'Hacked', slug: 'hacked', active: true },
    })
    expect(res.status).toBe(403)
  })

  it('should refuse an anonymous media upload', async () => {
    const res = await api.post('/media', {
      form: formWith({ data: await jpegFile(), name: 'a.jpg', type: 'image/jpeg' }),
    })
    expect(res.status).toBe(403)
  })

  it('should let an artist edit their own bio', async () => {
    const user = await createUser({ payload: ctx.payload, role: 'voiceover' })
    const profile = await createVoiceover({ payload: ctx.payload, user: user.id })
    const token = await api.login(user.email, PASSWORD)
    const res = await api.patch(`/voiceovers/${profile.id}`, { token, json: { bio: 'New bio' } })
    expect(res.status).toBe(200)
    const stored = await ctx.payload.findByID({ collection: 'voiceovers', id: profile.id })
    expect(stored.bio).toBe('New bio')
  })

  it('should ignore an artist changing their own active flag, rates or slug', async () => {
    const user = await createUser({ payload: ctx.payload, role: 'voiceover' })
    const profile = await createVoiceover({ payload: ctx.payload, user: user.id })
    const token = await api.login(user.email, PASSWORD)
    await api.patch(`/voiceovers/${profile.id}`, {
      token,
      json: { active: false, slug: 'taken-over', rates: { commercial: 1 } },
    })
    const stored = await ctx.payload.findByID({ collection: 'voiceovers', id: profile.id })
    expect([stored.active, stored.slug, stored.rates?.commercial]).toEqual([
      true,
      profile.slug,
      30_000,
    ])
  })

  it("should not let an artist edit another artist's profile", async () => {
    const user = await createUser({ payload: ctx.payload, role: 'voiceover' })
    const other = await createVoiceover({ payload: ctx.payload })
    const token = await api.login(user.email, PASSWORD)
    const res = await api.patch(`/voiceovers/${other.id}`, { token, json: { bio: 'Mine now' } })
    expect(res.status).toBe(403)
  })
})

describe('public media files', () => {
  it('should answer a Range request with 206 and exactly those bytes', async () => {
    const wav = wavFile(1, 7)
    const uploaded = await uploadMedia({ data: wav, name: 'demo.wav', type: 'audio/wav' })
    expect(uploaded.status).toBe(201)
    const filename = uploaded.body.doc.filename as string
    // Original recordings are the admin's (src/uploads/originalAudioForAdmins.ts); the public plays the preview at /media/.
    const res = await api.get(`/media/file/${filename}`, {
      token: adminToken,
      headers: { range: 'bytes=0-99' },
    })
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe(`bytes 0-99/${wav.length}`)
    expect(Buffer.from(res.raw).equals(wav.subarray(0, 100))).toBe(true)
  })

  it('should let browsers cache public media for a long time', async () => {
    const uploaded = await uploadMedia({
      data: await jpegFile(),
      name: 'photo.jpg',
      type: 'image/jpeg',
    })
    const res = await api.get(`/media/file/${uploaded.body.doc.filename as string}`)
    expect(res.headers.get('cache-control')).toContain('max-age=31536000')
  })

  it('should create card and profile sizes for a photo', async () => {
    const uploaded = await uploadMedia({
      data: await jpegFile('Sized', 2, 1000, 1250),
      name: 'sized.jpg',
      type: 'image/jpeg',
    })
    const sizes = uploaded.body.doc.sizes as Record<string, { filename: string | null }>
    expect([Boolean(sizes.card?.filename), Boolean(sizes.profile?.filename)]).toEqual([true, true])
  })

  it.each([
    ['an executable named .jpg', executableFile(), 'photo.jpg', 'image/jpeg'],
    ['an HTML page named .wav', htmlFile(), 'demo.wav', 'audio/wav'],
  ])('should refuse %s and store nothing', async (_label, data, name, type) => {
    const before = await ctx.payload.count({ collection: 'media' })
    const res = await uploadMedia({ data, name, type })
    const after = await ctx.payload.count({ collection: 'media' })
    expect(res.status).toBeGreaterThanOrEqual(400)
    expect(res.status).toBeLessThan(500)
    expect(after.totalDocs).toBe(before.totalDocs)
  })

  it('should refuse an oversize media file with 413 and store nothing', async () => {
    const before = await ctx.payload.count({ collection: 'media' })
    const res = await uploadMedia({ data: wavFile(30, 3), name: 'long.wav', type: 'audio/wav' })
    const after = await ctx.payload.count({ collection: 'media' })
    expect(res.status).toBe(413)
    expect(after.totalDocs).toBe(before.totalDocs)
  })
})
