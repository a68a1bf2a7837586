import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { CatalogFilters } from '@/lib/catalogFilters'
import { findCatalogIds, findVocabularyInUse } from '@/lib/catalogQuery'
import type { Voiceover } from '@/payload-types'
import { slugs } from '@/slugs'

import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'

let ctx: TestContext
const names = new Map<number, string>()

const artist = async (payload: Payload, data: Partial<Voiceover> & { name: string }) => {
  const doc = await payload.create({
    collection: slugs.voiceovers,
    data: { slug: data.name.toLowerCase().replace(/\s+/g, '-'), active: true, ...data },
  })
  names.set(doc.id, doc.name)
  return doc
}

/** The names of the artists a catalog query finds, in order, and its count. */
const find = async (filters: Omit<CatalogFilters, 'page'>) => {
  const { ids, totalDocs } = await findCatalogIds({
    payload: ctx.payload,
    filters: { ...filters, page: 1 },
  })
  return { names: ids.map((id) => names.get(id)), totalDocs }
}

beforeAll(async () => {
  ctx = await bootPayload()
  const { payload } = ctx
  await artist(payload, {
    name: 'Anna Warmhart',
    gender: 'female',
    ageRange: 'adult',
    languages: [{ language: 'nl-BE', native: true }],
    accents: ['flemish-neutral'],
    styles: ['warm'],
    rates: { commercial: 30_000, narration: 20_000 },
    turnaroundDays: 2,
    rushAvailable: true,
    catalogRank: 5,
  })
  await artist(payload, {
    name: 'Bram Diepstem',
    gender: 'male',
    ageRange: 'mature',
    languages: [{ language: 'en', native: true }],
    accents: ['british-rp'],
    styles: ['deep'],
    rates: { commercial: 50_000 },
    turnaroundDays: 5,
    rushAvailable: false,
    catalogRank: 1,
  })
  await artist(payload, {
    name: 'Sanne Zonnig',
    gender: 'female',
    ageRange: 'young_adult',
    languages: [
      { language: 'nl', native: true },
      { language: 'en', native: false },
    ],
    accents: ['standard-dutch'],
    styles: ['energetic'],
    rates: { commercial: 40_000, ivr: 10_000 },
    turnaroundDays: 1,
    rushAvailable: true,
    catalogRank: 10,
  })
  // Matches nearly every filter below, and must never be found: inactive artists are hidden.
  await artist(payload, {
    name: 'Dirk Verborgen',
    active: false,
    gender: 'female',
    ageRange: 'adult',
    // German: a language only this hidden artist has, so the filters must not offer it.
    languages: [
      { language: 'nl-BE', native: true },
      { language: 'de', native: false },
    ],
    accents: ['flemish-neutral', 'british-rp'],
    styles: ['warm', 'energetic', 'deep'],
    rates: { commercial: 1_000, narration: 1_000, ivr: 1_000 },
    turnaroundDays: 1,
    rushAvailable: true,
    catalogRank: 0,
  })
})

afterAll(async () => {
  await ctx?.cleanup()
})

describe('catalog filters', () => {
  it.each<[string, Omit<CatalogFilters, 'page'>, string[]]>([
    ['language', { language: 'nl-BE' }, ['Anna Warmhart']],
    ['a second language', { language: 'en' }, ['Bram Diepstem', 'Sanne Zonnig']],
    ['accent', { accent: 'british-rp' }, ['Bram Diepstem']],
    ['gender', { gender: 'female' }, ['Anna Warmhart', 'Sanne Zonnig']],
    ['age', { age: 'mature' }, ['Bram Diepstem']],
    ['style', { style: 'energetic' }, ['Sanne Zonnig']],
    ['project type', { projectType: 'narration' }, ['Anna Warmhart']],
    [
      'price range of the project type',
      { projectType: 'commercial', minPriceCents: 35_000, maxPriceCents: 60_000 },
      ['Bram Diepstem', 'Sanne Zonnig'],
    ],
    ['turnaround', { maxTurnaroundDays: 2 }, ['Anna Warmhart', 'Sanne Zonnig']],
    ['rush', { rush: true }, ['Anna Warmhart', 'Sanne Zonnig']],
    ['several filters at once', { gender: 'female', rush: true, language: 'nl' }, ['Sanne Zonnig']],
  ])('should filter by %s, active artists only', async (_, filters, expected) => {
    expect(await find(filters)).toEqual({ names: expected, totalDocs: expected.length })
  })
})

describe('catalog vocabulary in use', () => {
  it('should offer only the languages and accents an active artist has', async () => {
    const inUse = await findVocabularyInUse(ctx.payload)
    expect([...inUse.languages].sort()).toEqual(['en', 'nl', 'nl-BE'])
    expect([...inUse.accents].sort()).toEqual(['british-rp', 'flemish-neutral', 'standard-dutch'])
  })
})

describe('catalog sort', () => {
  it.each<[string, Omit<CatalogFilters, 'page'>, string[]]>([
    [
      'recommended (catalog rank) by default',
      {},
      ['Bram Diepstem', 'Anna Warmhart', 'Sanne Zonnig'],
    ],
    ['lowest rate', { sort: 'price' }, ['Sanne Zonnig', 'Anna Warmhart', 'Bram Diepstem']],
    [
      'rate of the chosen project type',
      { sort: 'price', projectType: 'commercial' },
      ['Anna Warmhart', 'Sanne Zonnig', 'Bram Diepstem'],
    ],
    ['turnaround', { sort: 'turnaround' }, ['Sanne Zonnig', 'Anna Warmhart', 'Bram Diepstem']],
    ['newest', { sort: 'newest' }, ['Sanne Zonnig', 'Bram Diepstem', 'Anna Warmhart']],
  ])('should sort by %s', async (_, filters, expected) => {
    expect((await find(filters)).names).toEqual(expected)
  })
})

describe('catalog search', () => {
  it.each<[string, string, string[]]>([
    ['a name', 'Bram', ['Bram Diepstem']],
    ['a language by its Dutch name', 'Vlaams', ['Anna Warmhart']],
    ['an accent', 'British', ['Bram Diepstem']],
    ['a style by its Dutch name', 'energiek', ['Sanne Zonnig']],
  ])('should find %s', async (_, q, expected) => {
    expect(await find({ q })).toEqual({ names: expected, totalDocs: expected.length })
  })

  it('should put the best match first', async () => {
    await artist(ctx.payload, { name: 'Erik Mol', bio: 'Hij werkte ooit met Sanne samen.' })
    expect((await find({ q: 'Sanne' })).names).toEqual(['Sanne Zonnig', 'Erik Mol'])
  })

  it('should find a name with a typo (pg_trgm on PostgreSQL, trigrams in the app on SQLite)', async () => {
    expect((await find({ q: 'sanee' })).names).toEqual(['Sanne Zonnig'])
  })

  it('should not find an inactive artist by a typo in their name', async () => {
    expect((await find({ q: 'verborgn' })).names).toEqual([])
  })

  it('should find an artist by the new name of a renamed accent', async () => {
    await ctx.payload.update({
      collection: slugs.accents,
      id: 'british-rp',
      data: { nameEn: 'Received Pronunciation' },
    })
    expect((await find({ q: 'Pronunciation' })).names).toEqual(['Bram Diepstem'])
  })

  it('should find an artist by their new tagline after an edit', async () => {
    const anna = [...names].find(([, name]) => name === 'Anna Warmhart')![0]
    await ctx.payload.update({
      collection: slugs.voiceovers,
      id: anna,
      data: { tagline: 'Klinkt als een zomeravond' },
    })
    expect((await find({ q: 'zomeravond' })).names).toEqual(['Anna Warmhart'])
  })
})

describe('vocabulary access', () => {
  it('should let anyone read active languages but not inactive ones', async () => {
    await ctx.payload.update({ collection: slugs.languages, id: 'ja', data: { active: false } })
    const { docs } = await ctx.payload.find({
      collection: slugs.languages,
      overrideAccess: false,
      pagination: false,
    })
    const ids = docs.map((d) => d.id)
    expect([ids.includes('nl-BE'), ids.includes('ja'), ids.length > 30]).toEqual([
      true,
      false,
      true,
    ])
  })

  it('should refuse a language created by a visitor', async () => {
    await expect(
      ctx.payload.create({
        collection: slugs.languages,
        overrideAccess: false,
        data: { id: 'xx', nameEn: 'X', nameNl: 'X', active: true },
      }),
    ).rejects.toThrow()
  })
})
