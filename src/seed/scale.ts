import { randomBytes } from 'node:crypto'

import type { Pool, PoolClient } from 'pg'
import type { Payload } from 'payload'

import { bookingReferenceCounterKey } from '@/domain/bookingReference'
import type { ProjectType } from '@/domain/catalog'
import { env } from '@/env'

import { seedAccounts } from './data'
import { createRandom, hashSeed } from './random'
import { SeedRefusal } from './seed'
import type { ScaleArtist, ScaleBooking, ScaleVocabulary, ScaleVocabularyItem } from './scaleData'
import {
  SCALE_BOOKINGS_PER_ARTIST,
  SCALE_CUSTOMERS,
  scaleArtist,
  scaleArtistEmail,
  scaleBooking,
  scaleCustomerEmail,
  scaleFirstNames,
  scaleFromRate,
  scaleSearchDocument,
  scaleLastNames,
  skewedIndex,
} from './scaleData'

/*
 * `npm run seed -- --scale N`: N artists and 10·N bookings written with multi-row SQL inserts on
 * PostgreSQL, not through the Local API — 110,000 Local API calls (hooks, validation, one
 * transaction each) would take hours. Everything here is a system write on a development database:
 * no user and no access rules are involved. The rows follow the tables Payload generated for the
 * collections (see the migrations); `scaleData.ts` makes them.
 */

export type ScaleResult = {
  artists: { created: number; total: number }
  customers: { created: number; total: number }
  bookings: { created: number; total: number }
  seconds: number
}

const BATCH = 5000

type Column = { name: string; type: string }

/**
 * Inserts `rows` (one array of values per row, in `columns` order) with one
 * `INSERT … SELECT * FROM unnest($1::t[], …)` per batch: one round trip per 5,000 rows, and
 * never more than a handful of bind parameters. Returns the `returning` column of every row, in order.
 */
const insertRows = async ({
  client,
  table,
  columns,
  rows,
  returning,
  onConflict = '',
}: {
  client: PoolClient
  table: string
  columns: Column[]
  rows: unknown[][]
  returning?: string
  onConflict?: string
}): Promise<unknown[]> => {
  const out: unknown[] = []
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH)
    const params = columns.map((_, c) => batch.map((row) => row[c] ?? null))
    const names = columns.map((c) => `"${c.name}"`).join(', ')
    const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ')
    const result = await client.query(
      `INSERT INTO "${table}" (${names}) SELECT * FROM unnest(${unnest}) ${onConflict}` +
        (returning ? ` RETURNING "${returning}"` : ''),
      params,
    )
    if (returning) out.push(...result.rows.map((r: Record<string, unknown>) => r[returning]))
  }
  return out
}

const count = async (client: PoolClient, sql: string): Promise<number> =>
  Number((await client.query(sql)).rows[0].count)

/** Payload's ids for array rows: 24 hex characters, like an ObjectId. */
const arrayRowId = (): string => randomBytes(12).toString('hex')

const credentialsOf = async (client: PoolClient, email: string) => {
  const { rows } = await client.query('SELECT salt, hash FROM users WHERE email = $1', [email])
  return (
    (rows[0] as { salt: string | null; hash: string | null } | undefined) ?? {
      salt: null,
      hash: null,
    }
  )
}

const insertCustomers = async (client: PoolClient, now: Date): Promise<number> => {
  // Same password as the demo customer, so any scale customer can sign in for a test.
  const { salt, hash } = await credentialsOf(client, seedAccounts.customer.email)
  const random = createRandom(hashSeed('scale/customers'))
  const rows = Array.from({ length: SCALE_CUSTOMERS }, (_, i) => {
    const name = `${random.pick(scaleFirstNames)} ${random.pick(scaleLastNames)}`
    const business = random.chance(0.7)
    return [
      scaleCustomerEmail(i + 1),
      name,
      'customer',
      random.chance(0.6) ? 'nl' : 'en',
      business ? 'business' : 'consumer',
      business ? `${name.split(' ').at(-1)} Media ${i + 1} B.V.` : null,
      random.chance(0.8) ? 'NL' : 'BE',
      salt,
      hash,
      now,
      now,
    ]
  })
  const created = await insertRows({
    client,
    table: 'users',
    columns: [
      { name: 'email', type: 'varchar' },
      { name: 'name', type: 'varchar' },
      { name: 'role', type: 'enum_users_role' },
      { name: 'locale', type: 'enum_users_locale' },
      { name: 'billing_customer_type', type: 'enum_users_billing_customer_type' },
      { name: 'billing_company', type: 'varchar' },
      { name: 'billing_country', type: 'varchar' },
      { name: 'salt', type: 'varchar' },
      { name: 'hash', type: 'varchar' },
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
    ],
    rows,
    returning: 'id',
    onConflict: 'ON CONFLICT (email) DO NOTHING',
  })
  return created.length
}

/** Photos and demo recordings of the normal seed, reused by the scale artists (no new files). */
const seedMedia = async (client: PoolClient) => {
  const photos = (
    await client.query('SELECT photo_id FROM voiceovers WHERE photo_id IS NOT NULL ORDER BY id')
  ).rows.map((r: { photo_id: number }) => r.photo_id)
  const demos = (
    await client.query('SELECT title, category, audio_id FROM voiceovers_demos ORDER BY _order')
  ).rows as { title: string; category: string; audio_id: number }[]
  return { photos, demos }
}

/** The agency's active languages and accents (the catalogVocabulary migration seeds them). */
const seedVocabulary = async (client: PoolClient): Promise<ScaleVocabulary> => {
  const read = async (table: string) =>
    (
      await client.query(
        `SELECT id, name_en AS "nameEn", name_nl AS "nameNl" FROM ${table} WHERE active ORDER BY id`,
      )
    ).rows as ScaleVocabularyItem[]
  const languages = await read('languages')
  if (languages.length === 0) throw new Error('No active languages: run the migrations first.')
  return { languages, accents: await read('accents') }
}

const insertArtists = async ({
  client,
  from,
  to,
  now,
}: {
  client: PoolClient
  from: number
  to: number
  now: Date
}): Promise<number> => {
  if (to < from) return 0
  const { salt, hash } = await credentialsOf(client, seedAccounts.sanne.email)
  const media = await seedMedia(client)
  const vocabulary = await seedVocabulary(client)
  const artists: ScaleArtist[] = []
  for (let n = from; n <= to; n++) {
    artists.push(
      scaleArtist({ n, random: createRandom(hashSeed(`scale/artist/${n}`)), now, vocabulary }),
    )
  }
  const userIds = (await insertRows({
    client,
    table: 'users',
    columns: [
      { name: 'email', type: 'varchar' },
      { name: 'name', type: 'varchar' },
      { name: 'role', type: 'enum_users_role' },
      { name: 'salt', type: 'varchar' },
      { name: 'hash', type: 'varchar' },
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
    ],
    rows: artists.map((a, i) => [
      scaleArtistEmail(from + i),
      a.name,
      'voiceover',
      salt,
      hash,
      a.createdAt,
      a.createdAt,
    ]),
    returning: 'id',
  })) as number[]
  const rateColumns = Object.keys(artists[0].rates) as ProjectType[]
  const ids = (await insertRows({
    client,
    table: 'voiceovers',
    columns: [
      { name: 'name', type: 'varchar' },
      { name: 'slug', type: 'varchar' },
      { name: 'user_id', type: 'int' },
      { name: 'active', type: 'bool' },
      { name: 'tagline', type: 'varchar' },
      { name: 'bio', type: 'varchar' },
      { name: 'photo_id', type: 'int' },
      { name: 'gender', type: 'enum_voiceovers_gender' },
      { name: 'age_range', type: 'enum_voiceovers_age_range' },
      ...rateColumns.map((t) => ({ name: `rates_${t}`, type: 'numeric' })),
      { name: 'turnaround_days', type: 'numeric' },
      { name: 'rush_available', type: 'bool' },
      { name: 'from_rate_cents', type: 'numeric' },
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
    ],
    rows: artists.map((a, i) => [
      a.name,
      a.slug,
      userIds[i],
      a.active,
      a.tagline,
      a.bio,
      media.photos.length > 0 ? media.photos[(from + i) % media.photos.length] : null,
      a.gender,
      a.ageRange,
      ...rateColumns.map((t) => a.rates[t]),
      a.turnaroundDays,
      a.rushAvailable,
      scaleFromRate(a),
      a.createdAt,
      a.createdAt,
    ]),
    returning: 'id',
  })) as number[]

  await insertRows({
    client,
    table: 'voiceovers_languages',
    columns: [
      { name: '_order', type: 'int' },
      { name: '_parent_id', type: 'int' },
      { name: 'id', type: 'varchar' },
      { name: 'language_id', type: 'varchar' },
      { name: 'native', type: 'bool' },
    ],
    rows: artists.flatMap((a, i) =>
      a.languages.map((l, order) => [order + 1, ids[i], arrayRowId(), l.language, l.native]),
    ),
  })
  await insertRows({
    client,
    table: 'voiceovers_styles',
    columns: [
      { name: 'order', type: 'int' },
      { name: 'parent_id', type: 'int' },
      { name: 'value', type: 'enum_voiceovers_styles' },
    ],
    rows: artists.flatMap((a, i) => a.styles.map((s, order) => [order + 1, ids[i], s])),
  })
  await insertRows({
    client,
    table: 'voiceovers_rels',
    columns: [
      { name: 'order', type: 'int' },
      { name: 'parent_id', type: 'int' },
      { name: 'path', type: 'varchar' },
      { name: 'accents_id', type: 'varchar' },
    ],
    rows: artists.flatMap((a, i) => a.accents.map((t, order) => [order + 1, ids[i], 'accents', t])),
  })
  await insertRows({
    client,
    table: 'voiceover_search',
    columns: [
      { name: 'voiceover_id', type: 'int' },
      { name: 'name', type: 'text' },
      { name: 'document', type: 'text' },
    ],
    rows: artists.map((a, i) => [ids[i], a.name, scaleSearchDocument(a, vocabulary)]),
  })
  if (media.demos.length > 0) {
    await insertRows({
      client,
      table: 'voiceovers_demos',
      columns: [
        { name: '_order', type: 'int' },
        { name: '_parent_id', type: 'int' },
        { name: 'id', type: 'varchar' },
        { name: 'title', type: 'varchar' },
        { name: 'category', type: 'enum_voiceovers_demos_category' },
        { name: 'audio_id', type: 'int' },
      ],
      rows: ids.flatMap((id, i) =>
        [0, 1].map((order) => {
          const demo = media.demos[(from + i + order * 7) % media.demos.length]
          return [order + 1, id, arrayRowId(), demo.title, demo.category, demo.audio_id]
        }),
      ),
    })
  }
  return artists.length
}

const insertBookings = async ({
  client,
  from,
  to,
  now,
}: {
  client: PoolClient
  from: number
  to: number
  now: Date
}): Promise<number> => {
  if (to < from) return 0
  const customers = (
    await client.query(`SELECT id FROM users WHERE email LIKE 'customer-%@scale.14voices.local'
      ORDER BY email`)
  ).rows.map((r: { id: number }) => r.id)
  const artists = (
    await client.query(
      `SELECT v.id, v.user_id, ${[
        'commercial',
        'narration',
        'e_learning',
        'corporate',
        'ivr',
        'animation',
        'audiobook',
        'documentary',
      ]
        .map((t) => `v.rates_${t}::int AS ${t}`)
        .join(', ')} FROM voiceovers v WHERE v.slug LIKE 'scale-artist-%' ORDER BY v.slug`,
    )
  ).rows as (Record<ProjectType, number> & { id: number; user_id: number | null })[]

  // References continue each year's counter, so bookings made later through the app never collide.
  const counters = new Map<number, number>(
    (await client.query(`SELECT key, value FROM counters WHERE key LIKE 'booking:%'`)).rows.map(
      (r: { key: string; value: string }) => [
        Number(r.key.slice('booking:'.length)),
        Number(r.value),
      ],
    ),
  )
  const sequence = (year: number) => {
    const next = (counters.get(year) ?? 0) + 1
    counters.set(year, next)
    return next
  }
  const bookings: ScaleBooking[] = []
  for (let k = from; k <= to; k++) {
    const random = createRandom(hashSeed(`scale/booking/${k}`))
    const { id, user_id, ...rates } = artists[skewedIndex(random, artists.length)]
    bookings.push(
      scaleBooking({
        key: `scale:${k}`,
        sequence,
        parties: {
          customerId: customers[skewedIndex(random, customers.length)],
          voiceoverId: id,
          artistUserId: user_id,
          rates,
        },
        random,
        now,
      }),
    )
  }
  await insertRows({
    client,
    table: 'bookings',
    columns: [
      { name: 'reference', type: 'varchar' },
      { name: 'project_title', type: 'varchar' },
      { name: 'project_type', type: 'enum_bookings_project_type' },
      { name: 'status', type: 'enum_bookings_status' },
      { name: 'word_count', type: 'numeric' },
      { name: 'rush_order', type: 'bool' },
      { name: 'deadline', type: 'timestamptz' },
      { name: 'quoted_price', type: 'numeric' },
      { name: 'final_price', type: 'numeric' },
      { name: 'customer_id', type: 'int' },
      { name: 'voiceover_id', type: 'int' },
      { name: 'artist_id', type: 'int' },
      { name: 'created_at', type: 'timestamptz' },
      { name: 'updated_at', type: 'timestamptz' },
      { name: 'status_changed_at', type: 'timestamptz' },
      { name: 'idempotency_key', type: 'varchar' },
    ],
    rows: bookings.map((b) => [
      b.reference,
      b.projectTitle,
      b.projectType,
      b.status,
      b.wordCount,
      b.rushOrder,
      b.deadline,
      b.quotedPrice,
      b.finalPrice,
      b.customerId,
      b.voiceoverId,
      b.artistUserId,
      b.createdAt,
      b.statusChangedAt,
      b.statusChangedAt,
      b.idempotencyKey,
    ]),
  })
  for (const [year, value] of counters) {
    await client.query(
      `INSERT INTO counters (key, value) VALUES ($1, $2)
       ON CONFLICT (key) DO UPDATE SET value = GREATEST(counters.value, EXCLUDED.value), updated_at = now()`,
      [bookingReferenceCounterKey(year), value],
    )
  }
  return bookings.length
}

/** Throws `SeedRefusal` unless the database is PostgreSQL: the scale seed writes with its bulk inserts. */
export const assertScaleDatabase = (): void => {
  if (env.database.kind !== 'postgres') {
    throw new SeedRefusal(
      'The scale seed writes with PostgreSQL bulk inserts; set DATABASE_URL=postgres://… ' +
        '(the embedded SQLite database is for development with the normal demo data).',
    )
  }
}

/**
 * Brings the database to `artists` scale artists (`scale-artist-00001` …), 1,000 customers and
 * 10 bookings per artist. Repeatable: what already exists is counted and only the difference is
 * added (a second run with the same N adds nothing; a larger N tops up). One transaction: a failed
 * run adds nothing. PostgreSQL only — throws `SeedRefusal` on SQLite. Expects the normal seed to
 * have run (its photos and demos are reused; its accounts' passwords are copied).
 */
export const seedScale = async ({
  payload,
  artists,
  now = new Date(),
}: {
  payload: Payload
  artists: number
  now?: Date
}): Promise<ScaleResult> => {
  assertScaleDatabase()
  const started = performance.now()
  // The Postgres adapter's own pool: same database and settings as the app.
  const pool = (payload.db as unknown as { pool: Pool }).pool
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    const before = {
      artists: await count(
        client,
        `SELECT count(*) FROM voiceovers WHERE slug LIKE 'scale-artist-%'`,
      ),
      bookings: await count(
        client,
        `SELECT count(*) FROM bookings WHERE idempotency_key LIKE 'scale:%'`,
      ),
    }
    const customers = await insertCustomers(client, now)
    const createdArtists = await insertArtists({
      client,
      from: before.artists + 1,
      to: artists,
      now,
    })
    const createdBookings = await insertBookings({
      client,
      from: before.bookings + 1,
      to: artists * SCALE_BOOKINGS_PER_ARTIST,
      now,
    })
    await client.query('COMMIT')
    // Fresh statistics and visibility map (outside the transaction, as VACUUM requires), so the
    // planner sees 100,000 bookings rather than the empty tables it last saw, and counts can use
    // index-only scans.
    await client.query(
      'VACUUM ANALYZE users, voiceovers, voiceovers_languages, voiceovers_styles, ' +
        'voiceovers_rels, voiceover_search, voiceovers_demos, bookings, counters',
    )
    return {
      artists: { created: createdArtists, total: before.artists + createdArtists },
      customers: {
        created: customers,
        total: await count(
          client,
          `SELECT count(*) FROM users WHERE email LIKE 'customer-%@scale.14voices.local'`,
        ),
      },
      bookings: { created: createdBookings, total: before.bookings + createdBookings },
      seconds: (performance.now() - started) / 1000,
    }
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}
