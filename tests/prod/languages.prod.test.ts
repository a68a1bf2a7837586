import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { beforeAll, describe, expect, it } from 'vitest'

import { locales, type Locale } from '../../src/i18n/locales'
import { messages } from '../../src/i18n/messages'
import { baseURL, call, logIn } from './client'

// Issue 12: a page in one language shows no sentence of the other. The catalogues are the reference:
// a page fails when its visible text holds a catalogue string of the other language that this
// language says differently. What people wrote (artists' names, taglines, bios, project titles,
// account names) is removed first: it is content, in whatever language its author chose.

type Tree = { [key: string]: string | Tree }

/** Strings shorter than this are ignored ("Ja", "TV", "?"): too likely to occur by chance. */
const MIN_LENGTH = 4

/** The literal text of an ICU message, split where arguments, plurals and tags interrupt it. */
const literalsOf = (elements: MessageFormatElement[], into: string[] = []): string[] => {
  for (const element of elements) {
    if (element.type === TYPE.literal) into.push(...element.value.split('\n'))
    if (element.type === TYPE.tag) literalsOf(element.children, into)
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) literalsOf(option.value, into)
  }
  return into
}

/** Every catalogue leaf of a language as `namespace.key` → its literal fragments. */
const fragmentsOf = (tree: Tree, prefix = '', into = new Map<string, string[]>()) => {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') {
      into.set(
        path,
        literalsOf(parse(value))
          .map((f) => f.trim())
          .filter((f) => f.length >= MIN_LENGTH),
      )
    } else fragmentsOf(value, path, into)
  }
  return into
}

const catalogue = Object.fromEntries(
  locales.map((l) => [l, fragmentsOf(messages[l] as unknown as Tree)]),
) as Record<Locale, Map<string, string[]>>

/**
 * The strings of `other` that must not appear on a page in `locale`: those its own catalogue says
 * differently. A string that is also part of one of `locale`'s own strings ("Dashboard",
 * "Online & social" inside "Online & social media") is allowed.
 */
const foreignStrings = (locale: Locale, other: Locale): string[] => {
  const own = [...catalogue[locale].values()].flat()
  const foreign = new Set<string>()
  for (const fragments of catalogue[other].values())
    for (const f of fragments) if (!own.some((o) => o.includes(f))) foreign.add(f)
  return [...foreign]
}

const decode = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')

/** What a person reads or hears on the page: the title, the body text, and the text attributes. */
const visibleText = (html: string): string => {
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? ''
  const body = (/<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? html)
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
  const attributes = [...body.matchAll(/\s(?:aria-label|placeholder|alt|title)="([^"]*)"/g)].map(
    (m) => m[1],
  )
  const text = body.replace(/<[^>]+>/g, '\n')
  return decode([title, ...attributes, text].join('\n'))
    .replace(/[ \t\u00a0\u202f]+/g, ' ')
    .replace(/\n\s*/g, '\n')
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The `foreign` strings that occur in `text` as whole words. */
const occurrences = (text: string, foreign: string[]): string[] =>
  foreign.filter((f) =>
    new RegExp(`(?<![\\p{L}\\p{N}])${escape(f)}(?![\\p{L}\\p{N}])`, 'u').test(text),
  )

type Who = 'visitor' | 'customer' | 'artist'
const tokens: Record<Who, string> = { visitor: '', customer: '', artist: '' }
/** Text people wrote, removed from a page before it is compared (longest first). */
let content: string[] = []
let bookingId = 0

/** A GET as the browser sends it following a link on the site (session cookie, same origin). */
const get = async (
  path: string,
  { who = 'visitor', headers = {} } = {} as {
    who?: Who
    headers?: Record<string, string>
  },
) => {
  const h = new Headers({ 'sec-fetch-site': 'same-origin', ...headers })
  if (tokens[who]) h.set('cookie', `payload-token=${tokens[who]}`)
  const res = await fetch(new URL(path, baseURL()), { headers: h, redirect: 'manual' })
  return { status: res.status, headers: res.headers, html: await res.text() }
}

const withoutContent = (text: string) => content.reduce((t, c) => t.split(c).join('\n'), text)

beforeAll(async () => {
  tokens.customer = await logIn('customer@14voices.local', 'customer-14voices')
  tokens.artist = await logIn('sanne@14voices.local', 'artist-14voices')
  const artists = await call('GET', '/api/voiceovers?limit=100&depth=0')
  type Artist = {
    id: number
    slug: string
    name: string
    tagline?: string
    bio?: string
    accents?: string[]
    demos?: { title: string }[]
  }
  const docs = artists.body.docs as Artist[]
  const sanne = docs.find((d) => d.slug === 'sanne-de-vries')!
  const projectTitle = 'Spring campaign 2027'
  const created = await call('POST', '/api/bookings', {
    token: tokens.customer,
    json: {
      voiceover: sanne.id,
      projectTitle,
      projectType: 'commercial',
      usage: { media: 'online', region: 'national', term: '12_months' },
      wordCount: 120,
      termsAccepted: true,
    },
  })
  expect(created.status).toBe(201)
  bookingId = (created.body.doc as { id: number }).id
  const me = await Promise.all(
    [tokens.customer, tokens.artist].map((token) => call('GET', '/api/users/me', { token })),
  )
  content = [
    projectTitle,
    ...me.flatMap((r) => {
      const user = r.body.user as { name?: string; email: string }
      return [user.name ?? '', user.email]
    }),
    ...docs.flatMap((d) => [
      d.name,
      d.tagline ?? '',
      ...(d.bio ?? '').split(/\n\s*\n/),
      ...(d.accents ?? []),
      ...(d.demos ?? []).map((demo) => demo.title),
    ]),
  ]
    .map((c) => c.trim())
    .filter((c) => c.length > 0)
    .sort((a, b) => b.length - a.length)
})

/** The main pages, by the address after the language (`/en` + path) and who looks at them. */
const pages: { name: string; path: () => string; who: Who }[] = [
  { name: 'the catalog', path: () => '', who: 'visitor' },
  { name: 'a filtered catalog page', path: () => '?gender=female&style=warm', who: 'visitor' },
  { name: 'a voice artist’s profile', path: () => '/voiceovers/sanne-de-vries', who: 'visitor' },
  { name: 'the login page', path: () => '/login', who: 'visitor' },
  { name: 'the registration page', path: () => '/register', who: 'visitor' },
  { name: 'the customer’s bookings', path: () => '/account/bookings', who: 'customer' },
  {
    name: 'a booking, as its customer',
    path: () => `/account/bookings/${bookingId}`,
    who: 'customer',
  },
  { name: 'the artist’s dashboard', path: () => '/dashboard', who: 'artist' },
  { name: 'a booking, as its artist', path: () => `/account/bookings/${bookingId}`, who: 'artist' },
]

// The login and registration forms belong to the account part of issue 12, which translates them;
// until it lands they are still English on /nl ("Log in", "Email", "Register"). Remove them from
// this list when it does: their text is then checked like every other page's.
const awaitingTranslation = new Set(['the login page', 'the registration page'])

describe.each(locales)('pages in %s', (locale) => {
  const other = locales.find((l) => l !== locale)!
  const foreign = foreignStrings(locale, other)

  it.each(pages.filter((p) => !awaitingTranslation.has(p.name)))(
    'should show $name with no text of the other language',
    async (page) => {
      const res = await get(`/${locale}${page.path()}`, { who: page.who })
      expect(res.status).toBe(200)
      const text = withoutContent(visibleText(res.html))
      expect(text.length).toBeGreaterThan(100)
      expect(occurrences(text, foreign)).toEqual([])
    },
  )

  it('should find the other language’s own pages foreign, so the check above is not vacuous', async () => {
    for (const page of pages.filter((p) => !awaitingTranslation.has(p.name))) {
      const res = await get(`/${other}${page.path()}`, { who: page.who })
      const text = withoutContent(visibleText(res.html))
      expect(occurrences(text, foreign).length, page.name).toBeGreaterThan(0)
    }
  })

  it.each(pages)(`should mark $name as lang="${locale}" with hreflang alternates`, async (page) => {
    const path = page.path().split('?')[0]
    const res = await get(`/${locale}${page.path()}`, { who: page.who })
    expect(/<html[^>]*\slang="([^"]+)"/.exec(res.html)?.[1]).toBe(locale)
    const link = res.headers.get('link') ?? ''
    for (const l of locales) {
      const href = new URL(`/${l}${path}`, baseURL()).href
      expect(link).toContain(`<${href}>; rel="alternate"; hreflang="${l}"`)
    }
  })
})

describe('the language of an address without one', () => {
  const location = (res: { headers: Headers }) =>
    new URL(res.headers.get('location') ?? '', baseURL()).pathname

  it('should send a browser that prefers English to /en', async () => {
    const res = await get('/', { headers: { 'accept-language': 'en-GB,en;q=0.9' } })
    expect(res.status).toBe(307)
    expect(location(res)).toBe('/en')
  })

  it('should send a visitor without a language preference to /nl', async () => {
    const res = await get('/')
    expect(res.status).toBe(307)
    expect(location(res)).toBe('/nl')
  })

  it('should follow the NEXT_LOCALE cookie before the browser’s Accept-Language', async () => {
    const res = await get('/', {
      headers: { 'accept-language': 'nl-NL,nl;q=0.9', cookie: 'NEXT_LOCALE=en' },
    })
    expect(res.status).toBe(307)
    expect(location(res)).toBe('/en')
  })
})
