import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { richTextFromMarkdown } from '@/seed/richText'

import { formWith, jpegFile } from '../helpers/files'
import type { Doc, List } from '../helpers/journey'
import { drainJobs, journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

/**
 * The whole access-control table over REST: every role × collection × operation, one assertion per
 * cell. `list` cells say whether the role sees the shared target in `GET /<collection>?limit=0` with a
 * `where` aimed at it (a query can narrow what one sees, never widen it).
 */
type Role = 'anonymous' | 'customerA' | 'customerB' | 'artist' | 'otherArtist' | 'admin'
type Collection =
  | 'users'
  | 'voiceovers'
  | 'languages'
  | 'accents'
  | 'bookings'
  | 'scripts'
  | 'audit-events'
  | 'deliverables'
  | 'invoices'
  | 'avatars'
  | 'payload-locked-documents'
  | 'payload-preferences'
  | 'legal-pages'
  | 'messages'
  | 'message-digests'
  | 'booking-reads'
  | 'licences'
  | 'review-comments'
type Op = 'create' | 'list' | 'read' | 'update' | 'delete' | 'file' | 'unlock'
type Row = Record<Role, number | boolean>

const roles: Role[] = ['anonymous', 'customerA', 'customerB', 'artist', 'otherArtist', 'admin']
const row = (
  anonymous: number | boolean,
  customerA: number | boolean,
  customerB: number | boolean,
  artist: number | boolean,
  otherArtist: number | boolean,
  admin: number | boolean,
): Row => ({ anonymous, customerA, customerB, artist, otherArtist, admin })
const onlyAdmin = (ok: number) => row(403, 403, 403, 403, 403, ok)
const nobody = row(403, 403, 403, 403, 403, 403)
const partiesSee = row(false, true, false, true, false, true)
const partiesRead = row(403, 200, 404, 200, 404, 200)
const partiesFile = row(403, 200, 403, 200, 403, 200)

const expected: Record<Collection, Partial<Record<Op, Row>>> = {
  users: {
    create: row(201, 201, 201, 201, 201, 201), // registration is open (always as a customer)
    list: row(false, true, false, false, false, true),
    read: row(403, 200, 404, 404, 404, 200),
    update: row(403, 200, 403, 403, 403, 200),
    delete: onlyAdmin(200),
    unlock: onlyAdmin(200), // lifting a login lockout is the agency's call
  },
  voiceovers: {
    create: onlyAdmin(201),
    list: row(true, true, true, true, true, true), // the public catalog
    read: row(200, 200, 200, 200, 200, 200),
    update: row(403, 403, 403, 200, 403, 200), // the artist edits their own profile
    delete: onlyAdmin(200),
  },
  bookings: {
    create: row(403, 201, 201, 403, 403, 201),
    list: partiesSee,
    read: partiesRead,
    update: row(403, 200, 403, 200, 403, 200),
    delete: onlyAdmin(200),
  },
  scripts: {
    create: row(403, 201, 404, 403, 403, 201),
    list: partiesSee,
    read: partiesRead,
    update: nobody,
    delete: onlyAdmin(200),
    file: partiesFile,
  },
  'audit-events': {
    create: nobody,
    list: partiesSee,
    read: partiesRead,
    update: nobody,
    delete: nobody,
  },
  deliverables: {
    create: row(403, 403, 403, 201, 404, 201),
    list: partiesSee,
    read: partiesRead,
    update: row(403, 200, 403, 403, 403, 200),
    delete: onlyAdmin(200),
    file: partiesFile,
  },
  invoices: {
    create: nobody,
    list: row(false, true, false, false, false, true),
    read: row(403, 200, 404, 403, 403, 200),
    update: nobody,
    delete: nobody,
    file: row(403, 200, 403, 403, 403, 200),
  },
  // Profile pictures: personal data, seen by the person, staff and whoever shares a booking with
  // them (the target is customerA's; the artist of their booking sees it, the others don't).
  avatars: {
    create: row(403, 201, 201, 201, 201, 201),
    list: partiesSee,
    read: partiesRead,
    update: nobody,
    // Payload answers 403 (not 404) when a `Where` access hides the document from a delete.
    delete: row(403, 200, 403, 403, 403, 200),
    file: partiesFile,
  },
  // Terms, privacy and contact pages: the public reads published ones; only admins write (drafts
  // are hidden from everyone else: see 'should hide a draft legal page' below).
  // The catalog's vocabulary: everyone reads the active rows, only admins manage it.
  languages: {
    create: onlyAdmin(201),
    list: row(true, true, true, true, true, true),
    read: row(200, 200, 200, 200, 200, 200),
    update: onlyAdmin(200),
    delete: onlyAdmin(200),
  },
  accents: {
    create: onlyAdmin(201),
    list: row(true, true, true, true, true, true),
    read: row(200, 200, 200, 200, 200, 200),
    update: onlyAdmin(200),
    delete: onlyAdmin(200),
  },
  'legal-pages': {
    create: onlyAdmin(201),
    list: row(true, true, true, true, true, true),
    read: row(200, 200, 200, 200, 200, 200),
    update: onlyAdmin(200),
    delete: onlyAdmin(200),
  },
  // A booking's thread: its customer, its artist and staff read and post (the target is on
  // customerA's completed booking, where posting stays open); nobody edits a message, admins delete.
  messages: {
    create: row(403, 201, 403, 201, 403, 201),
    list: partiesSee,
    read: partiesRead,
    update: nobody,
    delete: onlyAdmin(200),
  },
  // Which messages each digest email listed: written by the digest task only, read by admins.
  'message-digests': {
    create: nobody,
    list: row(false, false, false, false, false, true),
    read: onlyAdmin(200),
    update: nobody,
    delete: nobody,
  },
  // "Seen up to event N" marks behind the unread badge: one person's own bookkeeping, admins
  // included; made only for a booking the person may read (404 otherwise, as its page).
  'booking-reads': {
    create: row(403, 201, 404, 201, 404, 201),
    list: row(false, true, false, false, false, false),
    read: row(403, 200, 404, 404, 404, 404),
    update: row(403, 200, 403, 403, 403, 403),
    delete: row(403, 200, 403, 403, 403, 403),
  },
  // Usage licences: granted by the server when a booking completes (never created over the API),
  // read by the licence's customer, the artist of the recording and staff; only admins correct
  // or delete one. Renewal (POST /api/licences/:id/renew) is tested in licences.int.test.ts.
  licences: {
    create: nobody,
    list: partiesSee,
    read: partiesRead,
    update: onlyAdmin(200),
    delete: onlyAdmin(200),
  },
  // Time-coded comments on a version: the booking's customer (and staff) write them while reviewing,
  // its parties read them, the artist may only mark one resolved; nobody else sees or changes any.
  'review-comments': {
    create: row(403, 201, 403, 403, 403, 201),
    list: partiesSee,
    read: partiesRead,
    update: row(403, 403, 403, 200, 403, 200),
    delete: onlyAdmin(200),
  },
  // The admin panel's edit locks: only admins use the panel.
  'payload-locked-documents': {
    create: onlyAdmin(201),
    list: row(false, false, false, false, false, true),
    read: onlyAdmin(200),
    update: onlyAdmin(200),
    delete: onlyAdmin(200),
  },
  // The admin panel's remembered settings: an admin's own only (the target is the admin's own; other
  // owners below). `read` and `delete` go through Payload's by-key routes (`/payload-preferences/:key`
  // shadows `/:id`), which skip access control unless guarded: the target's key is its id.
  'payload-preferences': {
    create: onlyAdmin(201),
    list: row(false, false, false, false, false, true),
    read: onlyAdmin(200),
    update: onlyAdmin(200),
    delete: onlyAdmin(200),
  },
}

let ctx: TestContext
let api: RestClient
let steps: ReturnType<typeof journey>
const tokens: Partial<Record<Role, string>> = {}
const ids: Record<string, number> = {}
let voiceoverId = 0
const targets: Record<Collection, Doc> = {} as Record<Collection, Doc>
const unique = () => crypto.randomBytes(4).toString('hex')
let languageCount = 0
/** A language code no vocabulary entry has ("qa", "qb", …): none starts with q. */
const nextLanguageId = () => {
  const n = languageCount++
  return `q${String.fromCharCode(97 + (n % 26))}${n >= 26 ? String.fromCharCode(97 + Math.floor(n / 26) - 1) : ''}`
}
const vocabularyRow = async (collection: 'languages' | 'accents'): Promise<Doc> =>
  (await ctx.payload.create({
    collection,
    data: {
      id: collection === 'languages' ? nextLanguageId() : `accent-${unique()}`,
      nameEn: 'Table',
      nameNl: 'Tabel',
      active: true,
    },
  })) as unknown as Doc

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
  steps = journey(api, () => voiceoverId)
  const { payload } = ctx
  const users = {
    admin: await createUser({ payload, role: 'admin' }),
    customerA: await createUser({ payload, role: 'customer' }),
    customerB: await createUser({ payload, role: 'customer' }),
    artist: await createUser({ payload, role: 'voiceover' }),
    otherArtist: await createUser({ payload, role: 'voiceover' }),
  }
  for (const [name, user] of Object.entries(users)) {
    tokens[name as Role] = await api.login(user.email, PASSWORD)
    ids[name] = user.id
  }
  const profile = await createVoiceover({ payload, user: users.artist.id })
  voiceoverId = profile.id
  await createVoiceover({ payload, user: users.otherArtist.id })

  const parties = { customer: tokens.customerA as string, artist: tokens.artist as string }
  const { booking, delivery } = await steps.inReview(parties)
  const reviewComment = (await postComment('customerA', delivery.id)).body.doc
  await steps.decide(parties.customer, delivery.id, 'approved')
  await postMessage('customerA', booking.id)
  await drainJobs(payload)
  const first = async (collection: Collection) =>
    (
      await payload.find({
        collection: collection as 'scripts',
        where: { booking: { equals: booking.id } },
        limit: 1,
        depth: 0,
      })
    ).docs[0] as unknown as Doc
  Object.assign(targets, {
    users: { id: users.customerA.id },
    voiceovers: { id: profile.id },
    languages: await vocabularyRow('languages'),
    accents: await vocabularyRow('accents'),
    bookings: booking,
    scripts: await first('scripts'),
    'audit-events': await first('audit-events'),
    deliverables: delivery,
    invoices: await first('invoices'),
    // On a booking of its own: a lock makes Payload refuse other users' updates of that booking (423).
    'payload-locked-documents': await lockOn(
      (await steps.book(tokens.customerA as string)).id,
      users.admin.id,
    ),
    'payload-preferences': await preferenceOf(users.admin.id),
    'legal-pages': await legalPage({ kind: 'terms', language: 'nl' }),
    messages: await first('messages'),
    'message-digests': await first('message-digests'),
    'booking-reads': await seenMark(booking.id),
    licences: await first('licences'),
    'review-comments': reviewComment,
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

/** An admin-panel edit lock on a booking, as the panel writes it (system call). */
const lockOn = async (bookingId: number, userId: number): Promise<Doc> =>
  (await ctx.payload.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: 'bookings', value: bookingId },
      user: { relationTo: 'users', value: userId },
    },
  })) as unknown as Doc

/**
 * A user's admin-panel preference, as the panel writes it (system call), keyed by its own id so the
 * table's `/payload-preferences/<id>` cells reach it through the by-key routes too.
 */
const preferenceOf = async (userId: number): Promise<Doc> => {
  // Payload takes a preference's owner from the request's user, whatever the data says.
  const user = {
    ...(await ctx.payload.findByID({ collection: 'users', id: userId })),
    collection: 'users' as const,
  }
  const made = await ctx.payload.create({
    collection: 'payload-preferences',
    data: { user: { relationTo: 'users', value: userId }, key: `pending-${unique()}`, value: {} },
    user,
  })
  return (await ctx.payload.update({
    collection: 'payload-preferences',
    id: made.id,
    data: { key: String(made.id) },
    user,
  })) as unknown as Doc
}

/**
 * A published legal page of `kind` in `language` (system call), replacing the one there is: one page
 * per kind and language, and the table creates and deletes several.
 */
const legalPage = async ({
  kind,
  language,
  status = 'published',
}: {
  kind: 'terms' | 'privacy' | 'contact'
  language: 'nl' | 'en'
  status?: 'draft' | 'published'
}): Promise<Doc> => {
  await ctx.payload.delete({
    collection: 'legal-pages',
    where: { and: [{ kind: { equals: kind } }, { language: { equals: language } }] },
  })
  return (await ctx.payload.create({
    collection: 'legal-pages',
    data: {
      kind,
      language,
      version: '2026-11-30',
      title: `${kind} ${language}`,
      body: richTextFromMarkdown('Text.'),
      _status: status,
    },
  })) as unknown as Doc
}

/** A message on `bookingId` posted over REST as `role`; answers the response. */
const postMessage = (role: Role, bookingId: number) =>
  api.post<{ doc: Doc }>('/messages', {
    token: token(role),
    json: { booking: bookingId, body: `Question ${unique()}` },
  })
/** A comment at 0:00.5 on `deliverableId` posted over REST as `role`; answers the response. */
const postComment = (role: Role, deliverableId: number) =>
  api.post<{ doc: Doc }>('/review-comments', {
    token: token(role),
    json: { deliverable: deliverableId, startSeconds: 0.5, body: `Pickup ${unique()}` },
  })
/** A delivery of customerA's waiting for their review, to comment on. */
const deliveryInReview = async (): Promise<Doc> => (await steps.inReview(parties())).delivery
/** customerA's "seen" mark on one of their bookings, as the booking page makes it (as customerA). */
const seenMark = async (bookingId: number): Promise<Doc> => {
  const user = {
    ...(await ctx.payload.findByID({ collection: 'users', id: ids.customerA })),
    collection: 'users' as const,
  }
  return (await ctx.payload.create({
    collection: 'booking-reads',
    data: { booking: bookingId, seenEventId: 1 },
    user,
    overrideAccess: false,
  })) as unknown as Doc
}

const token = (role: Role) => (role === 'anonymous' ? undefined : tokens[role])

/** Uploads a profile picture as `role` (a new one replaces that person's previous one). */
const uploadAvatar = async (role: Role) =>
  api.post<{ doc: Doc }>('/avatars', {
    token: token(role),
    form: formWith({ data: await jpegFile('Avatar'), name: 'me.jpg', type: 'image/jpeg' }),
  })

/**
 * customerA's current avatar: uploading one replaces the previous (so a create or delete cell
 * changes it), hence looked up per cell, and uploaded again when a delete cell removed it.
 */
const currentAvatar = async (): Promise<Doc> => {
  const found = await ctx.payload.find({
    collection: 'avatars',
    where: { user: { equals: ids.customerA } },
    depth: 0,
    limit: 1,
  })
  return (found.docs[0] as unknown as Doc | undefined) ?? (await uploadAvatar('customerA')).body.doc
}
const parties = () => ({ customer: tokens.customerA as string, artist: tokens.artist as string })

/** The licence of a new booking of customerA's that the customer approved (granted at completion). */
const licenceOfNewBooking = async (): Promise<Doc> => {
  const { booking, delivery } = await steps.inReview(parties())
  await steps.decide(parties().customer, delivery.id, 'approved')
  const found = await ctx.payload.find({
    collection: 'licences',
    where: { booking: { equals: booking.id } },
    depth: 0,
    limit: 1,
  })
  return found.docs[0] as unknown as Doc
}

/** A fresh document to create into or delete, so one cell never changes another's target. */
const fresh = async (collection: Collection): Promise<Doc> => {
  const { payload } = ctx
  switch (collection) {
    case 'users':
      return (await createUser({ payload, role: 'customer' })) as unknown as Doc
    case 'voiceovers':
      return (await createVoiceover({ payload })) as unknown as Doc
    case 'bookings':
      return steps.book(tokens.customerA as string)
    case 'scripts': {
      const booking = await steps.book(tokens.customerA as string)
      return (await steps.uploadScript(tokens.customerA as string, booking.id)).body.doc
    }
    case 'deliverables': {
      const booking = await steps.inProduction(parties())
      return (await steps.deliverShown(tokens.artist as string, booking.id)).body.doc
    }
    case 'avatars':
      return (await uploadAvatar('customerA')).body.doc
    case 'payload-locked-documents':
      return lockOn((await steps.book(tokens.customerA as string)).id, ids.admin)
    case 'payload-preferences':
      return preferenceOf(ids.admin)
    case 'languages':
    case 'accents':
      return vocabularyRow(collection)
    case 'legal-pages':
      return legalPage({ kind: 'contact', language: 'en' })
    case 'messages':
      return (await postMessage('customerA', targets.bookings.id)).body.doc
    case 'booking-reads':
      return seenMark((await steps.book(tokens.customerA as string)).id)
    case 'licences':
      return licenceOfNewBooking()
    case 'review-comments':
      return (await postComment('customerA', (await deliveryInReview()).id)).body.doc
    default:
      return targets[collection]
  }
}

const create = async (collection: Collection, role: Role): Promise<number> => {
  const t = token(role)
  switch (collection) {
    case 'users':
      return (
        await api.post('/users', {
          token: t,
          json: { email: `new-${unique()}@test.local`, password: PASSWORD, role: 'admin' },
        })
      ).status
    case 'voiceovers':
      return (
        await api.post('/voiceovers', {
          token: t,
          json: { name: `New ${unique()}`, slug: `new-${unique()}`, active: false },
        })
      ).status
    case 'bookings':
      return (
        await api.post('/bookings', {
          token: t,
          // Staff book on a customer's behalf; a customer's own `customer` is ignored.
          json: {
            voiceover: voiceoverId,
            projectTitle: 'Table',
            projectType: 'commercial',
            customer: ids.customerA,
            termsAccepted: true,
          },
        })
      ).status
    case 'scripts': {
      const booking = await steps.book(tokens.customerA as string)
      return (await steps.uploadScript(t as string, booking.id)).status
    }
    case 'deliverables': {
      const booking = await steps.inProduction(parties())
      return (await steps.deliver(t as string, booking.id)).status
    }
    case 'audit-events':
      return (
        await api.post('/audit-events', {
          token: t,
          json: { action: 'booking.created', booking: targets.bookings.id, actorType: 'user' },
        })
      ).status
    case 'payload-locked-documents':
      return (
        await api.post('/payload-locked-documents', {
          token: t,
          json: {
            document: {
              relationTo: 'bookings',
              value: (await steps.book(tokens.customerA as string)).id,
            },
            user: { relationTo: 'users', value: ids.customerA },
          },
        })
      ).status
    case 'payload-preferences':
      return (
        await api.post('/payload-preferences', {
          token: t,
          json: { key: `columns-${unique()}`, value: { columns: ['email'] } },
        })
      ).status
    case 'avatars':
      return (await uploadAvatar(role)).status
    case 'languages':
    case 'accents':
      return (
        await api.post(`/${collection}`, {
          token: t,
          json: {
            id: collection === 'languages' ? nextLanguageId() : `accent-${unique()}`,
            nameEn: 'New',
            nameNl: 'Nieuw',
          },
        })
      ).status
    case 'legal-pages':
      return (
        await api.post('/legal-pages', {
          token: t,
          json: {
            kind: 'privacy',
            language: 'nl',
            version: '2026-11-30',
            title: 'Privacy',
            body: richTextFromMarkdown('Text.'),
            _status: 'published',
          },
        })
      ).status
    case 'messages':
      return (await postMessage(role, targets.bookings.id)).status
    case 'message-digests':
      return (
        await api.post('/message-digests', {
          token: t,
          json: { key: `x-${unique()}`, booking: targets.bookings.id, recipientRole: 'staff' },
        })
      ).status
    case 'booking-reads':
      // On a new booking of customerA's (one mark per person and booking).
      return (
        await api.post('/booking-reads', {
          token: t,
          json: { booking: (await steps.book(tokens.customerA as string)).id, seenEventId: 1 },
        })
      ).status
    case 'licences':
      return (
        await api.post('/licences', {
          token: t,
          json: { booking: targets.bookings.id, term: '12_months', startsAt: '2026-11-30' },
        })
      ).status
    case 'review-comments':
      return (await postComment(role, (await deliveryInReview()).id)).status
    case 'invoices':
      return (
        await api.post('/invoices', {
          token: t,
          json: { booking: targets.bookings.id, number: `X-${unique()}`, total: 1 },
        })
      ).status
  }
}

/** A harmless change each collection has (server-owned fields are checked separately below). */
const updateBody: Record<Collection, Record<string, unknown>> = {
  users: { name: 'Renamed' },
  voiceovers: { bio: 'Updated bio.' },
  languages: { nameEn: 'Renamed' },
  accents: { nameEn: 'Renamed' },
  bookings: { directionNotes: 'Please smile.' },
  scripts: { booking: 1 },
  'audit-events': { action: 'booking.created' },
  deliverables: { notes: 'Edited notes.' },
  invoices: { total: 1 },
  avatars: { user: 1 },
  'payload-locked-documents': { globalSlug: 'pricing' },
  'payload-preferences': { value: { columns: ['name'] } },
  'legal-pages': { title: 'Renamed page' },
  messages: { body: 'Edited.' },
  'message-digests': { sequence: 7 },
  'booking-reads': { seenEventId: 2 },
  licences: { terms: { aiVoiceCloning: 'prohibited' } },
  // Re-opening an open comment: the one change an artist may make, and a no-op here.
  'review-comments': { resolved: false },
}

const cells = (Object.keys(expected) as Collection[]).flatMap((collection) =>
  (Object.keys(expected[collection]) as Op[]).flatMap((op) =>
    roles.map((role) => ({ collection, op, role })),
  ),
)

describe('access control table', () => {
  it.each(cells)('$collection · $op · $role', async ({ collection, op, role }) => {
    const want = expected[collection][op]?.[role]
    const target = collection === 'avatars' ? await currentAvatar() : targets[collection]
    const t = token(role)
    let got: number | boolean
    switch (op) {
      case 'create':
        got = await create(collection, role)
        break
      case 'list': {
        const field =
          collection === 'users' ||
          collection === 'voiceovers' ||
          collection === 'languages' ||
          collection === 'accents' ||
          collection === 'bookings' ||
          collection === 'avatars' ||
          collection === 'payload-locked-documents' ||
          collection === 'payload-preferences' ||
          collection === 'legal-pages' ||
          collection === 'booking-reads'
            ? 'id'
            : 'booking'
        const value = field === 'id' ? target.id : targets.bookings.id
        const res = await api.get<List>(`/${collection}?limit=0&where[${field}][equals]=${value}`, {
          token: t,
        })
        got = res.status === 200 && res.body.docs.some((d) => d.id === target.id)
        break
      }
      case 'read':
        got = (await api.get(`/${collection}/${target.id}`, { token: t })).status
        break
      case 'update': {
        // Deliverables: a fresh, undecided one (a decided delivery refuses every change).
        const doc = collection === 'deliverables' ? await fresh(collection) : target
        got = (
          await api.patch(`/${collection}/${doc.id}`, { token: t, json: updateBody[collection] })
        ).status
        break
      }
      case 'delete': {
        const doc = await fresh(collection)
        got = (await api.delete(`/${collection}/${doc.id}`, { token: t })).status
        break
      }
      case 'file':
        got = (await api.get(`/${collection}/file/${target.filename as string}`, { token: t }))
          .status
        break
      case 'unlock': {
        const locked = await createUser({ payload: ctx.payload, role: 'customer' })
        got = (await api.post('/users/unlock', { token: t, json: { email: locked.email } })).status
        break
      }
    }
    expect(got).toBe(want)
  })
})

describe('forged fields', () => {
  it('should register a forged admin as a customer', async () => {
    const email = `forged-${unique()}@test.local`
    await api.post('/users', { json: { email, password: PASSWORD, role: 'admin' } })
    const found = await ctx.payload.find({
      collection: 'users',
      where: { email: { equals: email } },
    })
    expect(found.docs[0]?.role).toBe('customer')
  })

  it('should not let a customer make themselves an admin', async () => {
    await api.patch(`/users/${ids.customerA}`, { token: tokens.customerA, json: { role: 'admin' } })
    const stored = await ctx.payload.findByID({ collection: 'users', id: ids.customerA })
    expect(stored.role).toBe('customer')
  })

  it('should take the customer, status and price of a new booking from the server', async () => {
    const res = await api.post<{ doc: Doc }>('/bookings', {
      token: tokens.customerA,
      json: {
        voiceover: voiceoverId,
        projectTitle: 'Forged',
        projectType: 'commercial',
        termsAccepted: true,
        customer: ids.customerB,
        status: 'completed',
        quotedPrice: 1,
        finalPrice: 1,
      },
    })
    const stored = await ctx.payload.findByID({
      collection: 'bookings',
      id: res.body.doc.id,
      depth: 0,
    })
    expect([
      stored.customer,
      stored.status,
      stored.quotedPrice === 1,
      stored.finalPrice ?? null,
    ]).toEqual([ids.customerA, 'pending_script', false, null])
  })

  it('should take the owner of a seen mark from the server', async () => {
    const booking = await steps.book(tokens.customerA as string)
    const res = await api.post<{ doc: Doc }>('/booking-reads', {
      token: tokens.customerA,
      json: { booking: booking.id, seenEventId: 1, user: ids.customerB },
    })
    const stored = await ctx.payload.findByID({
      collection: 'booking-reads',
      id: res.body.doc.id,
      depth: 0,
    })
    expect(stored.user).toBe(ids.customerA)
  })

  it('should not let an artist raise their own rates', async () => {
    const before = await ctx.payload.findByID({
      collection: 'voiceovers',
      id: voiceoverId,
      depth: 0,
    })
    await api.patch(`/voiceovers/${voiceoverId}`, {
      token: tokens.artist,
      json: { rates: { commercial: 1 } },
    })
    const after = await ctx.payload.findByID({
      collection: 'voiceovers',
      id: voiceoverId,
      depth: 0,
    })
    expect(after.rates?.commercial).toBe(before.rates?.commercial)
  })

  it('should keep a customer’s update of their booking to what they may change', async () => {
    const booking = targets.bookings
    await api.patch(`/bookings/${booking.id}`, {
      token: tokens.customerA,
      json: {
        projectTitle: 'Changed',
        customer: ids.customerB,
        quotedPrice: 1,
        artist: ids.otherArtist,
      },
    })
    const stored = await ctx.payload.findByID({ collection: 'bookings', id: booking.id, depth: 0 })
    expect([stored.projectTitle, stored.customer, stored.quotedPrice === 1, stored.artist]).toEqual(
      [booking.projectTitle, ids.customerA, false, ids.artist],
    )
  })
})

describe('preferences of someone else', () => {
  it('should hide one admin’s preferences from another admin', async () => {
    const other = await createUser({ payload: ctx.payload, role: 'admin' })
    const theirs = await preferenceOf(other.id)
    const listed = await api.get<List>(`/payload-preferences?where[id][equals]=${theirs.id}`, {
      token: tokens.admin,
    })
    const update = await api.patch(`/payload-preferences/${theirs.id}`, {
      token: tokens.admin,
      json: updateBody['payload-preferences'],
    })
    expect({ listed: listed.body.docs.length, update: update.status }).toEqual({
      listed: 0,
      update: 403,
    })
  })

  it('should refuse a customer even the preferences stored under their own account', async () => {
    const own = await preferenceOf(ids.customerA)
    const t = tokens.customerA
    expect({
      list: (await api.get(`/payload-preferences?where[id][equals]=${own.id}`, { token: t }))
        .status,
      byKey: (await api.get(`/payload-preferences/${own.key as string}`, { token: t })).status,
      write: (
        await api.post(`/payload-preferences/${own.key as string}`, {
          token: t,
          json: { value: { big: 'x'.repeat(1000) } },
        })
      ).status,
      update: (
        await api.patch(`/payload-preferences/${own.id}`, {
          token: t,
          json: updateBody['payload-preferences'],
        })
      ).status,
    }).toEqual({ list: 403, byKey: 403, write: 403, update: 403 })
  })
})

describe('files after a cancellation', () => {
  const fileStatus = (collection: string, doc: Doc, role: Role) =>
    api
      .get(`/${collection}/file/${doc.filename as string}`, { token: token(role) })
      .then((r) => r.status)

  it('should keep the confidential script from the artist once the customer cancels', async () => {
    const booking = await steps.book(tokens.customerA as string)
    const script = (await steps.uploadScript(tokens.customerA as string, booking.id)).body.doc
    const artistBefore = await fileStatus('scripts', script, 'artist')
    const cancel = await steps.setStatus(tokens.customerA as string, booking.id, 'cancelled', {
      cancellationReason: 'Campaign stopped.',
    })
    expect({
      artistBefore,
      cancel: cancel.status,
      artistAfter: await fileStatus('scripts', script, 'artist'),
      customerAfter: await fileStatus('scripts', script, 'customerA'),
      adminAfter: await fileStatus('scripts', script, 'admin'),
    }).toEqual({
      artistBefore: 200,
      cancel: 200,
      artistAfter: 403,
      customerAfter: 200,
      adminAfter: 200,
    })
  })

  it('should keep the audio from the customer once the agency cancels a booking in review', async () => {
    const { booking, delivery } = await steps.inReview(parties())
    const cancel = await steps.setStatus(tokens.admin as string, booking.id, 'cancelled', {
      cancellationReason: 'The customer did not pay.',
    })
    const listed = await api.get<List>(`/deliverables?where[booking][equals]=${booking.id}`, {
      token: tokens.customerA,
    })
    expect({
      cancel: cancel.status,
      customerFile: await fileStatus('deliverables', delivery, 'customerA'),
      customerSees: listed.body.docs.length,
      artistFile: await fileStatus('deliverables', delivery, 'artist'),
    }).toEqual({ cancel: 200, customerFile: 403, customerSees: 0, artistFile: 200 })
  })

  // Issue 15: a delivery still in its technical check (or failed) is the artist's and the agency's only.
  it('should keep a delivery being checked from the customer: read, list and file', async () => {
    const booking = await steps.inProduction(parties())
    const delivery = (await steps.deliver(tokens.artist as string, booking.id)).body.doc
    const read = async (role: Role) =>
      (await api.get(`/deliverables/${delivery.id}`, { token: token(role) })).status
    const listed = async (role: Role) =>
      (
        await api.get<List>(`/deliverables?where[booking][equals]=${booking.id}`, {
          token: token(role),
        })
      ).body.totalDocs ?? 0
    const table: Record<string, unknown> = {}
    for (const role of roles) {
      table[role] = [
        await read(role),
        await listed(role),
        await fileStatus('deliverables', delivery, role),
      ]
    }
    expect(table).toEqual({
      anonymous: [403, 0, 403],
      customerA: [404, 0, 403],
      customerB: [404, 0, 403],
      artist: [200, 1, 200],
      otherArtist: [404, 0, 403],
      admin: [200, 1, 200],
    })
  })

  it('should let only the booking’s artist or an admin release a delivery', async () => {
    const release = async (role: Role) => {
      const booking = await steps.inProduction(parties())
      const delivery = (await steps.deliver(tokens.artist as string, booking.id)).body.doc
      return (await steps.release(token(role) as string, delivery.id)).status
    }
    const table: Record<string, number> = {}
    for (const role of roles) table[role] = await release(role)
    expect(table).toEqual({
      anonymous: 401,
      customerA: 404,
      customerB: 404,
      artist: 200,
      otherArtist: 404,
      admin: 200,
    })
  })
})

describe('the audit trail’s addresses', () => {
  type AuditDoc = Doc & { ip?: string | null }
  const events = (as: Role, bookingId: number) =>
    api
      .get<List>(`/audit-events?where[booking][equals]=${bookingId}&limit=50`, {
        token: token(as),
      })
      .then((r) => r.body.docs as AuditDoc[])

  // Personal data of whoever acted (ASVS 8.3, GDPR art. 5(1)(c)): the agency reads it, the
  // booking's customer and artist see the shared events without each other's address. The trail
  // records no user agent; were one added, it would belong here too.
  it('should show the events’ address field to admins only, not to the booking’s customer or artist', async () => {
    const bookingId = targets.bookings.id as number
    const seesAddress = async (role: Role) => (await events(role, bookingId)).some((e) => 'ip' in e)
    expect({
      customerA: await seesAddress('customerA'),
      artist: await seesAddress('artist'),
      admin: await seesAddress('admin'),
    }).toEqual({ customerA: false, artist: false, admin: true })
  })

  it('should store no client-sent address when no production server stands in front of the app', async () => {
    const booking = await steps.book(tokens.customerA as string)
    await api.post('/scripts', {
      token: tokens.customerA,
      headers: { 'x-forwarded-for': '203.0.113.66', 'x-14voices-client-ip': '192.0.2.99' },
      form: formWith(
        { data: Buffer.from('INT. STUDIO. Read warmly.'), name: 'script.txt', type: 'text/plain' },
        { booking: String(booking.id) },
      ),
    })
    const stored = (await events('admin', booking.id)).map((e) => e.ip)
    // Events exist, and none holds an address (an empty list would give []).
    expect([...new Set(stored)]).toEqual([null])
  })
})

/**
 * The globals: agency settings, read and changed by admins only (the server reads them as the
 * system); `payload-jobs-stats` is Payload's own (when each scheduled job was last queued).
 */
const expectedGlobals: Record<
  'pricing' | 'company' | 'quotas' | 'privacy' | 'payload-jobs-stats',
  Record<'read' | 'update', Row>
> = {
  pricing: { read: onlyAdmin(200), update: onlyAdmin(200) },
  company: { read: onlyAdmin(200), update: onlyAdmin(200) },
  quotas: { read: onlyAdmin(200), update: onlyAdmin(200) },
  privacy: { read: onlyAdmin(200), update: onlyAdmin(200) },
  'payload-jobs-stats': { read: onlyAdmin(200), update: onlyAdmin(200) },
}

describe.each(Object.entries(expectedGlobals))('the %s global', (slug, ops) => {
  it.each(roles)('should answer read by %s as the table says', async (role) => {
    const res = await api.get(`/globals/${slug}`, { token: token(role) })
    expect(res.status).toBe(ops.read[role])
  })

  // An empty update changes nothing, so the cells don't disturb each other.
  it.each(roles)('should answer update by %s as the table says', async (role) => {
    const res = await api.post(`/globals/${slug}`, { token: token(role), json: {} })
    expect(res.status).toBe(ops.update[role])
  })
})

describe('legal page drafts', () => {
  it('should hide a draft legal page from everyone but admins', async () => {
    const draft = await legalPage({ kind: 'privacy', language: 'en', status: 'draft' })
    const seen = await Promise.all(
      roles.map(
        async (role) => (await api.get(`/legal-pages/${draft.id}`, { token: token(role) })).status,
      ),
    )
    expect(seen).toEqual([404, 404, 404, 404, 404, 200])
  })
})

/**
 * The customer's price (issue 13: "artists never see the customer's price"), per role and REST path:
 * field-level read access keeps `quotedPrice`, `finalPrice` and `quoteBreakdown` out of every answer
 * to the booking's artist — its page, lists and the transition's answer — while the customer and
 * admins read them; the audit trail's details drop the price and the invoice total for the artist.
 */
describe('the customer’s price', () => {
  const priceFields = ['quotedPrice', 'finalPrice', 'quoteBreakdown'] as const
  type Reader = 'customerA' | 'artist' | 'admin'
  const sees: Record<Reader, boolean> = { customerA: true, artist: false, admin: true }
  const readers = Object.keys(sees) as Reader[]
  const has = (doc: Doc | undefined) => priceFields.map((f) => Boolean(doc && f in doc))

  it.each(readers)(
    'should show the price to %s on GET /bookings/:id as the table says',
    async (r) => {
      const res = await api.get<Doc>(`/bookings/${targets.bookings.id}`, { token: tokens[r] })
      expect(res.status).toBe(200)
      expect(has(res.body)).toEqual(priceFields.map(() => sees[r]))
    },
  )

  it.each(readers)('should show the price to %s on GET /bookings as the table says', async (r) => {
    const res = await api.get<List>(`/bookings?where[id][equals]=${targets.bookings.id}`, {
      token: tokens[r],
    })
    expect(res.status).toBe(200)
    expect(has(res.body.docs[0])).toEqual(priceFields.map(() => sees[r]))
  })

  it('should answer the artist’s own transition without the price', async () => {
    const booking = await steps.book(tokens.customerA as string)
    await steps.uploadScript(tokens.customerA as string, booking.id)
    const res = await steps.setStatus(tokens.artist as string, booking.id, 'in_production')
    expect(res.status).toBe(200)
    expect(has(res.body.doc)).toEqual([false, false, false])
  })

  it('should refuse an artist’s query on the price (no guessing it by filtering)', async () => {
    const res = await api.get<List>(
      `/bookings?where[id][equals]=${targets.bookings.id}&where[quotedPrice][greater_than]=0`,
      { token: tokens.artist },
    )
    expect(res.status).toBe(400)
  })

  it('should refuse an artist’s sort by the price (the order would rank customers by it)', async () => {
    for (const sort of ['-quotedPrice', 'createdAt,finalPrice']) {
      const res = await api.get<{ errors: { message: string }[] }>(
        `/bookings?sort=${encodeURIComponent(sort)}`,
        { token: tokens.artist },
      )
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toMatch(/sort/i)
    }
    // The customer who may read the price may sort by it.
    const own = await api.get<List>('/bookings?sort=-quotedPrice', { token: tokens.customerA })
    expect(own.status).toBe(200)
  })

  it.each(readers)(
    'should show price details in the audit trail to %s as the table says',
    async (r) => {
      const res = await api.get<List<Doc & { action: string; details?: Record<string, unknown> }>>(
        `/audit-events?limit=0&where[booking][equals]=${targets.bookings.id}`,
        { token: tokens[r] },
      )
      expect(res.status).toBe(200)
      const created = res.body.docs.find((d) => d.action === 'booking.created')
      const invoiced = res.body.docs.find((d) => d.action === 'invoice.issued')
      expect([
        Boolean(created?.details && 'quotedPrice' in created.details),
        Boolean(invoiced?.details && 'total' in invoiced.details),
      ]).toEqual([sees[r], sees[r]])
    },
  )
})
