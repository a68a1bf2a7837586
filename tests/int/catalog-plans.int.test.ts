import { sql } from '@payloadcms/db-postgres'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { rows } from '@/db/atomicIncrement'
import type { CatalogFilters } from '@/lib/catalogFilters'
import { catalogQueries, withSearchSettings } from '@/lib/catalogQuery'

import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'

/**
 * Proves every catalog query (each filter, sort and search; the page and its count) is answered
 * from an index on PostgreSQL at 10,000 artists: no sequential scan of `voiceovers`, and the
 * index meant for it in the plan. The artists are inserted with SQL (seconds, not minutes), then
 * VACUUM ANALYZE gives the planner real statistics. PostgreSQL only: SQLite's planner has no
 * such statistics to go wrong with, and its catalog is the small embedded default.
 */
const postgres = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')
const ARTISTS = 10_000

let ctx: TestContext

type PlanNode = {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  'Execution Time'?: number
  Plans?: PlanNode[]
}

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)]

const explain = async (query: ReturnType<typeof sql>, analyze = false) =>
  withSearchSettings(ctx.payload, async (db) => {
    const [row] = await rows(
      db,
      analyze ? sql`EXPLAIN (ANALYZE, FORMAT JSON) ${query}` : sql`EXPLAIN (FORMAT JSON) ${query}`,
    )
    const plan = (row!['QUERY PLAN'] as { Plan: PlanNode; 'Execution Time'?: number }[])[0]!
    return { nodes: nodesOf(plan.Plan), ms: plan['Execution Time'] ?? 0 }
  })

const seedArtists = async () => {
  const db = ctx.payload.db.drizzle as unknown as Parameters<typeof rows>[0]
  const rate = (type: string, every: number, base: number) =>
    sql.raw(`CASE WHEN g % ${every} = 0 THEN ${base} + (g % 400) * 100 END AS rates_${type}`)
  await rows(
    db,
    sql`INSERT INTO voiceovers (name, slug, active, tagline, bio, gender, age_range,
      rates_commercial, rates_narration, rates_e_learning, rates_corporate, rates_ivr,
      rates_animation, rates_audiobook, rates_documentary,
      turnaround_days, rush_available, catalog_rank, created_at, updated_at)
    SELECT (ARRAY['Sanne','Bram','Carla','Daan','Eva','Finn','Gijs','Hanna'])[1 + g % 8] || ' Synth ' || g,
      'synth-' || g, g % 50 <> 0, CASE WHEN g % 100 = 0 THEN 'Klinkt als een zomeravond' ELSE 'Tagline ' || md5(g::text) END, 'Bio ' || repeat(md5(g::text) || ' ', 8),
      (ARRAY['female','male','non_binary'])[1 + g % 3]::enum_voiceovers_gender,
      (ARRAY['child','young_adult','adult','mature'])[1 + g % 4]::enum_voiceovers_age_range,
      ${rate('commercial', 2, 20_000)}, ${rate('narration', 3, 15_000)}, ${rate('e_learning', 5, 12_000)},
      ${rate('corporate', 7, 18_000)}, ${rate('ivr', 11, 8_000)}, ${rate('animation', 13, 19_000)},
      ${rate('audiobook', 17, 40_000)}, ${rate('documentary', 19, 21_000)},
      1 + g % 10, g % 4 = 0, g % 1000, now() - g * interval '1 minute', now()
    FROM generate_series(1, ${ARTISTS}) g`,
  )
  await rows(
    db,
    sql`UPDATE voiceovers v SET from_rate_cents = (
      SELECT min(x) FROM (VALUES (v.rates_commercial), (v.rates_narration), (v.rates_e_learning),
        (v.rates_corporate), (v.rates_ivr), (v.rates_animation), (v.rates_audiobook),
        (v.rates_documentary)) AS r(x) WHERE x > 0)`,
  )
  await rows(
    db,
    sql`INSERT INTO voiceovers_languages (_order, _parent_id, id, language_id, native)
    SELECT 1, v.id, 'syn-' || v.id || '-1', l.id, true FROM voiceovers v
      JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM languages) l
        ON l.n = v.id % (SELECT count(*) FROM languages)
    UNION ALL
    SELECT 2, v.id, 'syn-' || v.id || '-2', 'en', false FROM voiceovers v WHERE v.id % 5 = 0`,
  )
  await rows(
    db,
    sql`INSERT INTO voiceovers_styles ("order", parent_id, value)
    SELECT 1, v.id, (enum_range(NULL::enum_voiceovers_styles))[1 + v.id % 10] FROM voiceovers v
    UNION ALL
    SELECT 2, v.id, (enum_range(NULL::enum_voiceovers_styles))[1 + (v.id + 3) % 10] FROM voiceovers v`,
  )
  await rows(
    db,
    sql`INSERT INTO voiceovers_rels ("order", parent_id, path, accents_id)
    SELECT 1, v.id, 'accents', a.id FROM voiceovers v
      JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM accents) a
        ON a.n = v.id % (SELECT count(*) FROM accents)`,
  )
  await rows(
    db,
    sql`INSERT INTO voiceover_search (voiceover_id, name, document)
    SELECT v.id, v.name, v.name || E'\n' || v.tagline || E'\n' || v.bio || E'\n' ||
      (SELECT string_agg(value::text, ' ') FROM voiceovers_styles s WHERE s.parent_id = v.id)
    FROM voiceovers v`,
  )
  for (const table of [
    'voiceovers',
    'voiceovers_languages',
    'voiceovers_styles',
    'voiceovers_rels',
    'voiceover_search',
  ]) {
    await rows(db, sql.raw(`VACUUM ANALYZE "${table}"`))
  }
}

beforeAll(async () => {
  if (!postgres) return
  ctx = await bootPayload()
  await seedArtists()
}, 120_000)

afterAll(async () => {
  await ctx?.cleanup()
})

const INDEX_NODES = new Set(['Index Scan', 'Index Only Scan', 'Bitmap Index Scan'])

const rateIndexes = (type: string) => [
  `voiceovers_active_rates_${type}_idx`,
  `voiceovers_rates_rates_${type}_idx`,
]

/** [what, filters, indexes one of which the page query must use] */
const cases: [string, Omit<CatalogFilters, 'page'>, string | string[]][] = [
  ['recommended (no filter)', {}, 'catalogRank_name_idx'],
  ['language', { language: 'de' }, 'voiceovers_languages_language_parent_idx'],
  ['accent', { accent: 'bavarian' }, 'voiceovers_rels_accents_parent_idx'],
  ['style', { style: 'calm' }, 'voiceovers_styles_value_parent_idx'],
  ['gender', { gender: 'female' }, 'catalogRank_name_idx'],
  ['age', { age: 'mature' }, 'catalogRank_name_idx'],
  // Filters without a sort of their own may walk the recommended order and filter as they go.
  [
    'project type',
    { projectType: 'audiobook' },
    [...rateIndexes('audiobook'), 'catalogRank_name_idx'],
  ],
  [
    'price range',
    { projectType: 'narration', minPriceCents: 20_000, maxPriceCents: 22_000 },
    [...rateIndexes('narration'), 'catalogRank_name_idx'],
  ],
  ['turnaround', { maxTurnaroundDays: 1 }, ['turnaroundDays_name_idx', 'catalogRank_name_idx']],
  ['rush', { rush: true }, 'catalogRank_name_idx'],
  ['sort by price', { sort: 'price' }, 'fromRateCents_name_idx'],
  [
    'sort by price of a project type',
    { sort: 'price', projectType: 'commercial' },
    rateIndexes('commercial'),
  ],
  ['sort by turnaround', { sort: 'turnaround' }, 'turnaroundDays_name_idx'],
  [
    'sort by newest',
    { sort: 'newest' },
    ['voiceovers_created_at_id_idx', 'voiceovers_created_at_idx'],
  ],
  ['full-text search', { q: 'zomeravond' }, 'voiceover_search_tsv_idx'],
  ['search with a typo', { q: 'sanee' }, 'voiceover_search_trgm_idx'],
]

describe.runIf(postgres)(`catalog query plans at ${ARTISTS} artists (PostgreSQL)`, () => {
  it.each(cases)(
    'should answer the page of %s from an index, without a sequential scan of voiceovers',
    async (_, filters, index) => {
      const { page } = catalogQueries({ filters: { ...filters, page: 1 }, dialect: 'postgres' })
      const { nodes } = await explain(page)
      const seqScans = nodes.filter(
        (n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'voiceovers',
      )
      const used = nodes.filter((n) => INDEX_NODES.has(n['Node Type'])).map((n) => n['Index Name'])
      const expected = Array.isArray(index) ? index : [index]
      expect({ seqScans: seqScans.length, used }).toEqual({
        seqScans: 0,
        used: expect.arrayContaining([
          expect.toSatisfy((name) => expected.includes(name as string)),
        ]),
      })
    },
  )

  it.each(cases)(
    'should count the results of %s without a sequential scan of voiceovers',
    async (_, filters) => {
      const { count } = catalogQueries({ filters: { ...filters, page: 1 }, dialect: 'postgres' })
      const { nodes } = await explain(count)
      const seqScans = nodes.filter(
        (n) => n['Node Type'] === 'Seq Scan' && n['Relation Name'] === 'voiceovers',
      )
      const used = nodes.filter((n) => INDEX_NODES.has(n['Node Type'])).map((n) => n['Index Name'])
      expect({ seqScans: seqScans.length, used }).toEqual({ seqScans: 0, used: expect.any(Array) })
    },
  )

  it('should report the database time of each catalog query (EXPLAIN ANALYZE; printed, not asserted)', async () => {
    const report: string[] = []
    for (const [what, filters] of cases) {
      const { page, count } = catalogQueries({
        filters: { ...filters, page: 1 },
        dialect: 'postgres',
      })
      const p = await explain(page, true)
      const c = await explain(count, true)
      report.push(
        `${what.padEnd(34)} page ${p.ms.toFixed(2).padStart(7)} ms  count ${c.ms.toFixed(2).padStart(7)} ms`,
      )
    }
    console.info(`catalog query database time at ${ARTISTS} artists:\n${report.join('\n')}`)
    expect(report).toHaveLength(cases.length)
  })
})
