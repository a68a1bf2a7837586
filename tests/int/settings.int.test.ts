import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'
import { commitTransaction, createLocalReq, initTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { formWith, jpegFile, pdfFile } from '../helpers/files'
import type { Doc } from '../helpers/journey'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'
import type { SmtpStub } from '../helpers/smtp'
import { startSmtp } from '../helpers/smtp'

/**
 * Account settings (issue 12): avatars in the private store, and changing one's email address
 * through a link sent to the new address. Who may read an avatar is also a row of the access table
 * (tests/int/access.int.test.ts); here are the avatar's own rules and the email-change flow.
 */

type Account = { id: number; email: string; token: string }

let ctx: TestContext
let api: RestClient
let smtp: SmtpStub
let steps: ReturnType<typeof journey>
let voiceoverId = 0
let artist: Account
let admin: Account

const account = async (role: 'customer' | 'voiceover' | 'admin'): Promise<Account> => {
  const user = await createUser({ payload: ctx.payload, role })
  return { id: user.id, email: user.email, token: await api.login(user.email, PASSWORD) }
}

const upload = (token: string | undefined, file: { data: Buffer; name: string; type?: string }) =>
  api.post<{ doc: Doc }>('/avatars', { token, form: formWith(file) })

const photo = async () => ({
  data: await jpegFile('Me', 3, 600, 400),
  name: 'me.jpg',
  type: 'image/jpeg',
})

const avatarFile = (doc: Doc, token?: string) =>
  api.get(`/avatars/file/${String(doc.filename)}`, { token })

const onDisk = (filename: unknown) =>
  fs.existsSync(
    path.join(ctx.payload.collections.avatars.config.upload.staticDir as string, String(filename)),
  )

const avatarsOf = async (user: number) =>
  (
    await ctx.payload.find({
      collection: 'avatars',
      where: { user: { equals: user } },
      depth: 0,
      pagination: false,
    })
  ).docs as unknown as Doc[]

/** The token of the newest confirmation link sent to `address`. */
const linkTokenSentTo = (address: string): string => {
  const mails = smtp.to(address)
  const match = /confirm-email\?token=([A-Za-z0-9_-]{43})/.exec(mails.at(-1)?.text ?? '')
  if (!match) throw new Error(`no confirmation link sent to ${address}`)
  return match[1] as string
}

const requestChange = (who: Account, newEmail: string, currentPassword = PASSWORD) =>
  api.post<{ pendingEmail?: string }>('/users/email-change', {
    token: who.token,
    json: { newEmail, currentPassword },
  })

const confirm = (token: string, headers?: { token?: string }) =>
  api.post<{ email?: string; errors?: { message: string }[] }>('/users/email-change/confirm', {
    token: headers?.token,
    json: { token },
  })

const emailOf = async (id: number) =>
  (await ctx.payload.findByID({ collection: 'users', id, depth: 0 })).email

let counter = 0
const newAddress = () => `new-${Date.now()}-${++counter}@test.local`

beforeAll(async () => {
  smtp = await startSmtp()
  // One client address for every request: the per-address limits are tested in auth-limits.
  ctx = await bootPayload({ SMTP_URL: smtp.url(), RATE_LIMIT_ADDRESS_FACTOR: '100' })
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  artist = await account('voiceover')
  admin = await account('admin')
  voiceoverId = (await createVoiceover({ payload: ctx.payload, user: artist.id })).id
})

afterAll(async () => {
  await ctx?.cleanup()
  await smtp?.stop()
})

describe('avatar upload', () => {
  it('should refuse a PDF with 415 and store nothing', async () => {
    const customer = await account('customer')
    const res = await upload(customer.token, {
      data: await pdfFile(),
      name: 'me.jpg',
      type: 'image/jpeg',
    })
    expect([res.status, (await avatarsOf(customer.id)).length]).toEqual([415, 0])
  })

  it('should refuse HTML named like a PNG with 415', async () => {
    const customer = await account('customer')
    const res = await upload(customer.token, {
      data: Buffer.from('<html><script>alert(1)</script></html>'),
      name: 'me.png',
      type: 'image/png',
    })
    expect(res.status).toBe(415)
  })

  it('should refuse a GIF with 415 (only JPEG, PNG and WebP)', async () => {
    const customer = await account('customer')
    const gif = await sharp({
      create: { width: 8, height: 8, channels: 3, background: '#f00' },
    })
      .gif()
      .toBuffer()
    expect((await upload(customer.token, { data: gif, name: 'me.gif' })).status).toBe(415)
  })

  it('should refuse a file over 5 MB with 413', async () => {
    const customer = await account('customer')
    const big = Buffer.concat([await jpegFile('Big', 1), Buffer.alloc(6 * 1024 * 1024, 7)])
    const res = await upload(customer.token, { data: big, name: 'big.jpg', type: 'image/jpeg' })
    expect([res.status, (await avatarsOf(customer.id)).length]).toEqual([413, 0])
  })

  it('should refuse a visitor with 403', async () => {
    expect((await upload(undefined, await photo())).status).toBe(403)
  })

  it('should store a 256×256 WebP without the EXIF data of the photo', async () => {
    const customer = await account('customer')
    const withExif = await sharp(await jpegFile('Exif', 2, 600, 400))
      .withExif({ IFD0: { Copyright: 'Secret GPS place', Artist: 'Camera owner' } })
      .jpeg()
      .toBuffer()
    expect((await sharp(withExif).metadata()).exif).toBeDefined()
    const res = await upload(customer.token, { data: withExif, name: 'me.jpg' })
    const file = await avatarFile(res.body.doc, customer.token)
    const meta = await sharp(Buffer.from(file.raw)).metadata()
    expect([res.status, meta.format, meta.width, meta.height, meta.exif, meta.xmp]).toEqual([
      201,
      'webp',
      256,
      256,
      undefined,
      undefined,
    ])
  })

  it('should re-encode a PNG with text appended after its end (a polyglot) into a clean WebP', async () => {
    const customer = await account('customer')
    const png = await sharp(await jpegFile('Png', 4))
      .png()
      .toBuffer()
    const polyglot = Buffer.concat([png, Buffer.from('<script>alert(1)</script>')])
    const res = await upload(customer.token, { data: polyglot, name: 'me.png' })
    const file = await avatarFile(res.body.doc, customer.token)
    expect([
      res.status,
      Buffer.from(file.raw).includes('<script>'),
      (await sharp(Buffer.from(file.raw)).metadata()).format,
    ]).toEqual([201, false, 'webp'])
  })

  it('should keep the owner from the session, not from the request', async () => {
    const customer = await account('customer')
    const other = await account('customer')
    const form = formWith(await photo(), { _payload: JSON.stringify({ user: other.id }) })
    const res = await api.post<{ doc: Doc }>('/avatars', { token: customer.token, form })
    expect([res.status, res.body.doc.user]).toEqual([201, customer.id])
  })

  it('should delete the previous avatar and its file when a new one is uploaded', async () => {
    const customer = await account('customer')
    const first = (await upload(customer.token, await photo())).body.doc
    const second = (await upload(customer.token, await photo())).body.doc
    expect({
      avatars: (await avatarsOf(customer.id)).map((a) => a.id),
      firstOnDisk: onDisk(first.filename),
      secondOnDisk: onDisk(second.filename),
    }).toEqual({ avatars: [second.id], firstOnDisk: false, secondOnDisk: true })
  })

  it('should let the owner delete their avatar, file included', async () => {
    const customer = await account('customer')
    const doc = (await upload(customer.token, await photo())).body.doc
    const res = await api.delete(`/avatars/${doc.id}`, { token: customer.token })
    expect([res.status, onDisk(doc.filename)]).toEqual([200, false])
  })
})

describe('who sees an avatar', () => {
  let owner: Account
  let stranger: Account
  let avatar: Doc

  beforeAll(async () => {
    owner = await account('customer')
    stranger = await account('customer')
    await steps.book(owner.token)
    avatar = (await upload(owner.token, await photo())).body.doc
  })

  it('should serve it to its owner', async () => {
    expect((await avatarFile(avatar, owner.token)).status).toBe(200)
  })

  it('should serve it to staff', async () => {
    expect((await avatarFile(avatar, admin.token)).status).toBe(200)
  })

  it('should serve it to the artist of a booking the owner made', async () => {
    expect((await avatarFile(avatar, artist.token)).status).toBe(200)
  })

  it('should serve the artist’s avatar to their booking’s customer', async () => {
    const own = (await upload(artist.token, await photo())).body.doc
    expect((await avatarFile(own, owner.token)).status).toBe(200)
  })

  it('should refuse another customer with 403', async () => {
    expect((await avatarFile(avatar, stranger.token)).status).toBe(403)
  })

  it('should refuse a visitor with 403', async () => {
    expect((await avatarFile(avatar)).status).toBe(403)
  })

  it('should not list it to another customer', async () => {
    const res = await api.get<{ docs: Doc[] }>(`/avatars?where[id][equals]=${avatar.id}`, {
      token: stranger.token,
    })
    expect([res.status, res.body.docs.length]).toEqual([200, 0])
  })

  it('should send it private, unsniffed, as a named attachment', async () => {
    const res = await avatarFile(avatar, owner.token)
    expect([
      res.headers.get('cache-control'),
      res.headers.get('x-content-type-options'),
      res.headers.get('content-type'),
      /^attachment; filename="avatar\.webp"; filename\*=UTF-8''avatar\.webp$/.test(
        res.headers.get('content-disposition') ?? '',
      ),
    ]).toEqual(['private, no-store', 'nosniff', 'image/webp', true])
  })

  it('should refuse another customer’s delete with 403', async () => {
    const res = await api.delete(`/avatars/${avatar.id}`, { token: stranger.token })
    expect(res.status).toBe(403)
  })
})

describe('avatar and personal data', () => {
  it('should list the avatar’s metadata in the data export', async () => {
    const customer = await account('customer')
    const doc = (await upload(customer.token, await photo())).body.doc
    const res = await api.get<{ avatars: Doc[] }>('/users/export', { token: customer.token })
    expect(res.body.avatars.map((a) => [a.id, a.mimeType, a.width])).toEqual([
      [doc.id, 'image/webp', 256],
    ])
  })

  it('should delete the avatar and its file when an admin deletes the account', async () => {
    const customer = await account('customer')
    const doc = (await upload(customer.token, await photo())).body.doc
    const res = await api.delete(`/users/${customer.id}`, { token: admin.token })
    expect([res.status, (await avatarsOf(customer.id)).length, onDisk(doc.filename)]).toEqual([
      200,
      0,
      false,
    ])
  })

  it('should delete the avatar and its file when the account is erased', async () => {
    const customer = await account('customer')
    const doc = (await upload(customer.token, await photo())).body.doc
    const res = await api.post('/users/erase', {
      token: customer.token,
      json: { password: PASSWORD },
    })
    expect([res.status, (await avatarsOf(customer.id)).length, onDisk(doc.filename)]).toEqual([
      200,
      0,
      false,
    ])
  })
})

describe('changing the email address', () => {
  it('should refuse a wrong current password with 400 and store no change', async () => {
    const customer = await account('customer')
    const res = await requestChange(customer, newAddress(), 'not-my-password-1')
    const stored = await ctx.payload.findByID({ collection: 'users', id: customer.id })
    expect([res.status, stored.emailChange?.newEmail ?? null]).toEqual([400, null])
  })

  it('should refuse an address another account uses with 409', async () => {
    const customer = await account('customer')
    const other = await account('customer')
    expect((await requestChange(customer, other.email.toUpperCase())).status).toBe(409)
  })

  it('should refuse something that is not an address with 400', async () => {
    const customer = await account('customer')
    expect((await requestChange(customer, 'not an address')).status).toBe(400)
  })

  it('should refuse a visitor with 401', async () => {
    const res = await api.post('/users/email-change', {
      json: { newEmail: newAddress(), currentPassword: PASSWORD },
    })
    expect(res.status).toBe(401)
  })

  it('should keep the old address until the link is opened', async () => {
    const customer = await account('customer')
    const res = await requestChange(customer, newAddress())
    await drainJobs(ctx.payload)
    expect([res.status, await emailOf(customer.id)]).toEqual([200, customer.email])
  })

  it('should send the link to the new address and a notice to the old one', async () => {
    const customer = await account('customer')
    const address = newAddress()
    await requestChange(customer, address)
    await drainJobs(ctx.payload)
    expect({
      link: /\/(nl|en)\/account\/confirm-email\?token=/.test(smtp.to(address)[0]?.text ?? ''),
      noticeHidesAddress: (smtp.to(customer.email)[0]?.text ?? '').includes(address),
      noticeSent: smtp.to(customer.email).length,
    }).toEqual({ link: true, noticeHidesAddress: false, noticeSent: 1 })
  })

  it('should not store the link’s token, only its hash', async () => {
    const customer = await account('customer')
    const address = newAddress()
    await requestChange(customer, address)
    await drainJobs(ctx.payload)
    const token = linkTokenSentTo(address)
    const row = await ctx.payload.db.findOne({
      collection: 'users',
      where: { id: { equals: customer.id } },
    })
    expect(JSON.stringify(row).includes(token)).toBe(false)
  })

  it('should change the address when the link is opened, and log in with the new one', async () => {
    const customer = await account('customer')
    const address = newAddress()
    await requestChange(customer, address)
    await drainJobs(ctx.payload)
    const res = await confirm(linkTokenSentTo(address))
    const oldLogin = await api.post('/users/login', {
      json: { email: customer.email, password: PASSWORD },
    })
    expect([res.status, await emailOf(customer.id), oldLogin.status]).toEqual([200, address, 401])
    await api.login(address, PASSWORD)
  })

  it('should refuse the same link a second time with 400', async () => {
    const customer = await account('customer')
    const address = newAddress()
    await requestChange(customer, address)
    await drainJobs(ctx.payload)
    const token = linkTokenSentTo(address)
    await confirm(token)
    expect((await confirm(token)).status).toBe(400)
  })

  it('should refuse an unknown token with 400', async () => {
    expect((await confirm('A'.repeat(43))).status).toBe(400)
  })

  it('should refuse an expired link with 410 and keep the address', async () => {
    const customer = await account('customer')
    const address = newAddress()
    await requestChange(customer, address)
    await drainJobs(ctx.payload)
    const token = linkTokenSentTo(address)
    const row = await ctx.payload.findByID({
      collection: 'users',
      id: customer.id,
      showHiddenFields: true,
    })
    await ctx.payload.db.updateOne({
      collection: 'users',
      id: customer.id,
      data: { emailChange: { ...row.emailChange, expiresAt: '2020-01-01T00:00:00.000Z' } },
    })
    expect([(await confirm(token)).status, await emailOf(customer.id)]).toEqual([
      410,
      customer.email,
    ])
  })

  it('should refuse with 409 when another account took the address meanwhile', async () => {
    const customer = await account('customer')
    const address = newAddress()
    await requestChange(customer, address)
    await drainJobs(ctx.payload)
    await createUser({ payload: ctx.payload, role: 'customer', email: address })
    expect([(await confirm(linkTokenSentTo(address))).status, await emailOf(customer.id)]).toEqual([
      409,
      customer.email,
    ])
  })

  it('should make only the newest link work after a second request', async () => {
    const customer = await account('customer')
    const [first, second] = [newAddress(), newAddress()]
    await requestChange(customer, first)
    await drainJobs(ctx.payload)
    const firstToken = linkTokenSentTo(first)
    await requestChange(customer, second)
    await drainJobs(ctx.payload)
    expect([
      (await confirm(firstToken)).status,
      (await confirm(linkTokenSentTo(second))).status,
    ]).toEqual([400, 200])
  })

  it('should end the account’s other sessions and keep the confirming one', async () => {
    const customer = await account('customer')
    const elsewhere = await api.login(customer.email, PASSWORD)
    const address = newAddress()
    await requestChange(customer, address)
    await drainJobs(ctx.payload)
    await confirm(linkTokenSentTo(address), { token: customer.token })
    const me = async (token: string) =>
      (await api.get<{ user: Doc | null }>('/users/me', { token })).body.user?.id ?? null
    expect([await me(customer.token), await me(elsewhere)]).toEqual([customer.id, null])
  })

  it('should write an audit event the person can read in their export', async () => {
    const customer = await account('customer')
    const address = newAddress()
    await requestChange(customer, address)
    await drainJobs(ctx.payload)
    await confirm(linkTokenSentTo(address), { token: customer.token })
    const res = await api.get<{ auditEvents: Doc[] }>('/users/export', { token: customer.token })
    expect(res.body.auditEvents.map((e) => e.action)).toContain('account.email_changed')
  })

  it('should refuse a customer’s direct PATCH of their email with 400', async () => {
    const customer = await account('customer')
    const res = await api.patch(`/users/${customer.id}`, {
      token: customer.token,
      json: { email: newAddress(), currentPassword: PASSWORD },
    })
    expect([res.status, await emailOf(customer.id)]).toEqual([400, customer.email])
  })

  it('should let an admin set another account’s email directly', async () => {
    const customer = await account('customer')
    const address = newAddress()
    const res = await api.patch(`/users/${customer.id}`, {
      token: admin.token,
      json: { email: address },
    })
    expect([res.status, await emailOf(customer.id)]).toEqual([200, address])
  })
})

describe('a save of the account while a login is being recorded', () => {
  it('should keep the session the login adds', async () => {
    const user = await createUser({ payload: ctx.payload, role: 'customer' })
    const session = {
      id: 'a-login-in-another-tab',
      createdAt: new Date().toISOString(),
      expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
    }
    // A login writes the whole stored user with its new session (as Payload's addSessionToUser
    // does), still uncommitted while the person's other tab saves their name in a transaction of
    // its own.
    const loggingIn = await createLocalReq({}, ctx.payload)
    await initTransaction(loggingIn)
    const stored = await ctx.payload.db.findOne({
      collection: 'users',
      where: { id: { equals: user.id } },
      req: loggingIn,
    })
    await ctx.payload.db.updateOne({
      collection: 'users',
      id: user.id,
      data: { ...stored, sessions: [session], updatedAt: null },
      req: loggingIn,
      returning: false,
    })
    // System write standing in for the person's own PATCH: the race, not access, is under test.
    const saving = ctx.payload.update({
      collection: 'users',
      id: user.id,
      data: { name: 'Saved in the other tab' },
      depth: 0,
      overrideAccess: true,
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    await commitTransaction(loggingIn)
    await saving
    const after = (await ctx.payload.db.findOne({
      collection: 'users',
      where: { id: { equals: user.id } },
    })) as { name?: string; sessions?: { id: string }[] }
    expect([after.name, after.sessions?.map((s) => s.id)]).toEqual([
      'Saved in the other tab',
      ['a-login-in-another-tab'],
    ])
  })
})
