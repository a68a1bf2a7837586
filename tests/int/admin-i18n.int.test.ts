import type { Field } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { globalSlugs, slugs } from '@/slugs'

import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, PASSWORD } from '../helpers/scenario'

let ctx: TestContext
let api: RestClient
let adminToken: string

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
  const admin = await createUser({ payload: ctx.payload, role: 'admin' })
  adminToken = await api.login(admin.email, PASSWORD)
})

afterAll(async () => {
  await ctx?.cleanup()
})

const languages = ['en', 'nl'] as const

/** The languages `text` lacks: a plain string counts as English only; a function is Payload's own. */
const missingLanguages = (text: unknown): string[] => {
  if (typeof text === 'function') return []
  if (typeof text === 'string') return ['nl']
  if (text === null || typeof text !== 'object') return [...languages]
  const record = text as Record<string, unknown>
  return languages.filter((l) => typeof record[l] !== 'string' || record[l] === '')
}

const problems = (where: string, text: unknown): string[] =>
  missingLanguages(text).map((l) => `${where}: no ${l}`)

/** Fields the admin never shows: `hidden`, `admin.hidden` or `admin.disabled`. */
const isHidden = (field: Field): boolean => {
  const admin = field.admin as { hidden?: unknown; disabled?: unknown } | undefined
  return (
    (field as { hidden?: unknown }).hidden === true ||
    admin?.hidden === true ||
    admin?.disabled === true
  )
}

/**
 * Every label, description and select option of `fields` shown in the admin, at any depth, that
 * isn't in both languages, as "where: no nl" lines. Fields Payload adds itself (timestamps, auth
 * and upload fields) mostly have function labels from its own translations and pass.
 */
const fieldProblems = (prefix: string, fields: Field[]): string[] =>
  fields
    .filter((field) => !isHidden(field))
    .flatMap((field) => {
      const named = 'name' in field && typeof field.name === 'string'
      const where = named ? `${prefix}.${field.name}` : prefix
      const own = named ? problems(`${where} label`, (field as { label?: unknown }).label) : []
      const description = (field.admin as { description?: unknown } | undefined)?.description
      const described =
        description === undefined ? [] : problems(`${where} description`, description)
      const options =
        field.type === 'select' || field.type === 'radio'
          ? field.options.flatMap((o) =>
              typeof o === 'string'
                ? [`${where} option ${o}: no en, nl`]
                : problems(`${where} option ${o.value}`, o.label),
            )
          : []
      const nested =
        field.type === 'tabs'
          ? field.tabs.flatMap((tab) => fieldProblems(where, tab.fields))
          : 'fields' in field && Array.isArray(field.fields)
            ? fieldProblems(where, field.fields)
            : []
      return [...own, ...described, ...options, ...nested]
    })

const ourCollections = () =>
  ctx.config.collections.filter((c) => (Object.values(slugs) as string[]).includes(c.slug))

const ourGlobals = () =>
  ctx.config.globals.filter((g) => (Object.values(globalSlugs) as string[]).includes(g.slug))

describe('admin languages', () => {
  it('should offer the admin in Dutch and English with Dutch as the fallback', () => {
    expect({
      languages: Object.keys(ctx.config.i18n.supportedLanguages).sort(),
      fallback: ctx.config.i18n.fallbackLanguage,
    }).toEqual({ languages: ['en', 'nl'], fallback: 'nl' })
  })

  it('should configure every collection of the project', () => {
    expect(
      ourCollections()
        .map((c) => c.slug)
        .sort(),
    ).toEqual(Object.values(slugs).sort())
  })

  it('should configure every global of the project', () => {
    expect(
      ourGlobals()
        .map((g) => g.slug)
        .sort(),
    ).toEqual(Object.values(globalSlugs).sort())
  })

  it('should name every collection in both languages, singular and plural', () => {
    const missing = ourCollections().flatMap((c) => [
      ...problems(`${c.slug} singular`, c.labels.singular),
      ...problems(`${c.slug} plural`, c.labels.plural),
    ])
    expect(missing).toEqual([])
  })

  it('should name every global in both languages', () => {
    const missing = ourGlobals().flatMap((g) => problems(g.slug, g.label))
    expect(missing).toEqual([])
  })

  it('should describe collections and globals in both languages where they are described', () => {
    const missing = [...ourCollections(), ...ourGlobals()].flatMap((c) =>
      c.admin?.description === undefined ? [] : problems(c.slug, c.admin.description),
    )
    expect(missing).toEqual([])
  })

  it('should label every field, description and select option of the collections in both languages', () => {
    const missing = ourCollections().flatMap((c) => fieldProblems(c.slug, c.fields))
    expect(missing).toEqual([])
  })

  it('should label every field, description and select option of the globals in both languages', () => {
    const missing = ourGlobals().flatMap((g) => fieldProblems(g.slug, g.fields))
    expect(missing).toEqual([])
  })

  it('should show the booking statuses as the agency names them in Dutch', () => {
    const status = ourCollections()
      .find((c) => c.slug === slugs.bookings)
      ?.fields.find((f) => 'name' in f && f.name === 'status')
    expect(status && 'options' in status ? status.options : null).toEqual([
      { value: 'pending_script', label: { en: 'Awaiting script', nl: 'Wacht op script' } },
      { value: 'script_received', label: { en: 'Script uploaded', nl: 'Script ontvangen' } },
      { value: 'in_production', label: { en: 'Recording', nl: 'In opname' } },
      { value: 'review', label: { en: 'Customer review', nl: 'Ter beoordeling' } },
      { value: 'completed', label: { en: 'Delivered', nl: 'Afgerond' } },
      { value: 'cancelled', label: { en: 'Cancelled', nl: 'Geannuleerd' } },
    ])
  })
})

describe('money fields', () => {
  // The revision fee lives in the Pricing global (with the other revision rules).
  const patchPricing = (revisionFeeCents: unknown, language: string) =>
    api.post<{ errors?: { data?: { errors?: { message: string }[] } }[] }>(
      `/globals/${globalSlugs.pricing}`,
      { token: adminToken, json: { revisionFeeCents }, headers: { 'Accept-Language': language } },
    )

  const firstMessage = (body: { errors?: { data?: { errors?: { message: string }[] } }[] }) =>
    body.errors?.[0]?.data?.errors?.[0]?.message

  it('should store an amount sent as integer cents', async () => {
    const res = await patchPricing(12_550, 'en')
    expect(res.status).toBe(200)
    const pricing = await ctx.payload.findGlobal({ slug: globalSlugs.pricing })
    expect(pricing.revisionFeeCents).toBe(12_550)
  })

  it('should refuse a fraction of a cent with an English sentence', async () => {
    const res = await patchPricing(125.5, 'en')
    expect([res.status, firstMessage(res.body)]).toEqual([
      400,
      'Amounts are whole euro cents (e.g. 12500 for €125.00).',
    ])
  })

  it('should refuse a fraction of a cent with a Dutch sentence', async () => {
    const res = await patchPricing(125.5, 'nl')
    expect([res.status, firstMessage(res.body)]).toEqual([
      400,
      'Bedragen zijn hele eurocenten (bijvoorbeeld 12500 voor € 125,00).',
    ])
  })

  it('should refuse a negative amount where amounts start at zero', async () => {
    const res = await patchPricing(-100, 'en')
    expect([res.status, firstMessage(res.body)]).toEqual([400, 'This amount can’t be negative.'])
  })
})

describe('admin and site language at login', () => {
  const loginCookie = async (locale: 'nl' | 'en', name = 'payload-lng') => {
    const user = await createUser({ payload: ctx.payload, role: 'admin' })
    await ctx.payload.update({ collection: slugs.users, id: user.id, data: { locale } })
    const res = await api.post('/users/login', { json: { email: user.email, password: PASSWORD } })
    return res.headers.getSetCookie().find((c) => c.startsWith(`${name}=`))
  }

  it('should set the admin language to English for a user who chose English', async () => {
    expect(await loginCookie('en')).toBe('payload-lng=en; Path=/; Max-Age=31536000; SameSite=Lax')
  })

  it('should set the admin language to Dutch for a user who chose Dutch', async () => {
    expect(await loginCookie('nl')).toBe('payload-lng=nl; Path=/; Max-Age=31536000; SameSite=Lax')
  })

  it("should send a user who chose English to the site's English pages from their next page on", async () => {
    expect(await loginCookie('en', 'NEXT_LOCALE')).toBe(
      'NEXT_LOCALE=en; Path=/; Max-Age=31536000; SameSite=Lax',
    )
  })

  it("should send a user who chose Dutch to the site's Dutch pages from their next page on", async () => {
    expect(await loginCookie('nl', 'NEXT_LOCALE')).toBe(
      'NEXT_LOCALE=nl; Path=/; Max-Age=31536000; SameSite=Lax',
    )
  })
})
