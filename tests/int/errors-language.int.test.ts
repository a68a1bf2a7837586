import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { renderSentence } from '@/errors/sentence'
import { slugs } from '@/slugs'

import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient, RestResponse } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

type Answer = { errors?: { name?: string; message?: string; data?: Record<string, unknown> }[] }

let ctx: TestContext
let api: RestClient
const tokens: Record<string, string> = {}
let voiceoverId = 0

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
  const { payload } = ctx
  const dutch = await createUser({ payload, role: 'customer', locale: 'nl' })
  const english = await createUser({ payload, role: 'customer', locale: 'en' })
  tokens.dutch = await api.login(dutch.email, PASSWORD)
  tokens.english = await api.login(english.email, PASSWORD)
  voiceoverId = (await createVoiceover({ payload })).id
})

afterAll(async () => {
  await ctx?.cleanup()
})

const first = (res: RestResponse<Answer>) => res.body.errors?.[0]

/** A transition asked for without logging in: refused by our endpoint (401, auth.logInToChangeBooking). */
const anonymousTransition = (acceptLanguage: string) =>
  api.post<Answer>(`/${slugs.bookings}/1/transition`, {
    json: { to: 'cancelled' },
    headers: { 'accept-language': acceptLanguage },
  })

/** A booking for a project type that doesn't exist (400, quote.chooseProjectType). */
const unknownProjectType = (token: string, acceptLanguage: string) =>
  api.post<Answer>(`/${slugs.bookings}`, {
    token,
    json: {
      voiceover: voiceoverId,
      projectTitle: 'Radio',
      projectType: 'opera',
      termsAccepted: true,
    },
    headers: { 'accept-language': acceptLanguage },
  })

describe('the language of a refusal', () => {
  it('should answer in Dutch when the request names no language', async () => {
    const res = await anonymousTransition('')
    expect([res.status, first(res)]).toEqual([
      401,
      {
        name: 'UserError',
        message: renderSentence({ key: 'auth.logInToChangeBooking' }, 'nl'),
        data: { key: 'auth.logInToChangeBooking' },
      },
    ])
  })

  it('should answer in Dutch for Accept-Language: nl', async () => {
    const res = await anonymousTransition('nl-NL,nl;q=0.9')
    expect(first(res)?.message).toBe('Log in om een boeking te wijzigen.')
  })

  it('should answer the same refusal in English for Accept-Language: en', async () => {
    const res = await anonymousTransition('en-GB,en;q=0.9')
    expect([res.status, first(res)?.message, first(res)?.data?.key]).toEqual([
      401,
      'Log in to change a booking.',
      'auth.logInToChangeBooking',
    ])
  })

  it('should answer Dutch for a language we do not speak', async () => {
    const res = await anonymousTransition('fr-FR, de;q=0.8')
    expect(first(res)?.message).toBe('Log in om een boeking te wijzigen.')
  })

  it('should answer a logged-in English customer in English even with Accept-Language: nl', async () => {
    const res = await unknownProjectType(tokens.english, 'nl')
    expect([res.status, first(res)?.data?.key, first(res)?.message]).toEqual([
      400,
      'quote.chooseProjectType',
      expect.stringMatching(/^Choose a project type: /),
    ])
  })

  it('should answer a logged-in Dutch customer in Dutch even with Accept-Language: en', async () => {
    const res = await unknownProjectType(tokens.dutch, 'en')
    expect([res.status, first(res)?.message]).toEqual([
      400,
      expect.stringMatching(/^Kies een soort project: /),
    ])
  })

  it('should write a 404 for a malformed id in the request’s language', async () => {
    const res = await api.get<Answer>(`/${slugs.bookings}/abc`, {
      token: tokens.dutch,
      headers: { 'accept-language': 'en' },
    })
    expect([res.status, first(res)?.message]).toEqual([404, 'Niet gevonden'])
  })

  it('should answer a refusal before Payload runs (cross-site) in the header’s language', async () => {
    const res = await api.post<Answer>(`/${slugs.users}/login`, {
      json: { email: 'x@example.com', password: PASSWORD },
      headers: { 'accept-language': 'nl', 'sec-fetch-site': 'cross-site' },
    })
    expect([res.status, first(res)?.message]).toEqual([
      403,
      'Dit verzoek kwam van een andere website en is geweigerd.',
    ])
  })
})

describe('the language of validation sentences', () => {
  const register = (acceptLanguage: string) =>
    api.post<Answer>(`/${slugs.users}`, {
      json: { email: 'not-an-email', password: PASSWORD, name: 'Anna' },
      headers: { 'accept-language': acceptLanguage },
    })

  it('should give Payload’s own validation sentence in Dutch when no language is asked for', async () => {
    const res = await register('')
    expect([res.status, first(res)?.message]).toEqual([
      400,
      expect.stringContaining(nl.translations.validation.emailAddress),
    ])
  })

  it('should give Payload’s own validation sentence in English for Accept-Language: en', async () => {
    const res = await register('en')
    expect(first(res)?.message).toContain(en.translations.validation.emailAddress)
  })

  it('should give our own field validation sentence in the user’s language', async () => {
    const me = await api.get<{ user: { id: number } }>(`/${slugs.users}/me`, {
      token: tokens.dutch,
    })
    const res = await api.patch<Answer>(`/${slugs.users}/${me.body.user.id}`, {
      token: tokens.dutch,
      json: { billing: { country: 'Nederland' } },
    })
    expect([res.status, first(res)?.message]).toEqual([
      400,
      expect.stringContaining(renderSentence({ key: 'account.country' }, 'nl')),
    ])
  })
})
