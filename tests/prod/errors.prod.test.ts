import { nl } from '@payloadcms/translations/languages/nl'
import { describe, expect, it } from 'vitest'

import { checkTransition } from '@/domain/bookingStatus'
import { isCommonPassword } from '@/domain/commonPasswords'
import { passwordProblem } from '@/domain/password'
import { renderSentence } from '@/errors/sentence'

import { baseURL, call, demo, firstMessage, newCustomer } from './client'

const bookable = async () => {
  const list = await call('GET', '/api/voiceovers?limit=1&depth=0&sort=name')
  return (list.body.docs as { id: number }[])[0]!.id
}

const book = async (token: string, voiceover: number) => {
  const res = await call('POST', '/api/bookings', {
    token,
    json: {
      voiceover,
      projectTitle: 'Production-build check',
      projectType: 'commercial',
      termsAccepted: true,
      usage: { media: 'online', region: 'national', term: '12_months' },
      wordCount: 60,
    },
  })
  expect(res.status).toBe(201)
  return (res.body.doc as { id: number }).id
}

describe('error sentences in the production build', () => {
  it('should answer 412 with its sentence when the booking changed since it was read', async () => {
    const { token } = await newCustomer('stale-etag')
    const id = await book(token, await bookable())
    const read = await call('GET', `/api/bookings/${id}`, { token })
    const etag = read.headers.get('etag') as string
    await call('PATCH', `/api/bookings/${id}`, {
      token: await demo.admin(),
      json: { directionNotes: 'Warmer, please.' },
    })
    const res = await call('POST', `/api/bookings/${id}/transition`, {
      token,
      json: { to: 'cancelled', reason: 'Plans changed.' },
      headers: { 'If-Match': etag },
    })
    expect([etag.startsWith('"'), res.status, firstMessage(res)]).toEqual([
      true,
      412,
      'This booking changed since you loaded it (it is now awaiting script): nothing was changed. Reload the page to see what happened.',
    ])
  })

  it('should answer an illegal status change with 409 and the rule’s own sentence', async () => {
    const { token } = await newCustomer('illegal-status')
    const id = await book(token, await bookable())
    const res = await call('POST', `/api/bookings/${id}/transition`, {
      token,
      json: { to: 'completed' },
    })
    const rule = checkTransition({
      from: 'pending_script',
      to: 'completed',
      actor: 'customer',
      facts: { hasScript: false, hasDelivery: false },
    })
    expect(rule.ok).toBe(false)
    expect([res.status, firstMessage(res)]).toEqual([
      409,
      rule.ok ? undefined : renderSentence(rule.reason, 'en'),
    ])
  })

  it('should answer a quote for an artist without a rate with 422 and say what to do', async () => {
    const admin = await demo.admin()
    const created = await call('POST', '/api/voiceovers', {
      token: admin,
      json: { name: `No Rate ${Date.now()}`, active: true },
    })
    expect(created.status).toBe(201)
    const voiceover = (created.body.doc as { id: number }).id
    const res = await call('POST', '/api/bookings/quote', {
      json: {
        voiceover,
        projectType: 'commercial',
        usage: { media: 'online', region: 'national', term: '12_months' },
        wordCount: 60,
      },
    })
    await call('DELETE', `/api/voiceovers/${voiceover}`, { token: admin })
    expect([res.status, firstMessage(res)]).toEqual([
      422,
      'This artist has no rate for that project type yet; ask the agency for a quote.',
    ])
  })

  it('should answer a refused script upload with 415 and the reason, not "unknown error"', async () => {
    const { token } = await newCustomer('refused-script')
    const id = await book(token, await bookable())
    const form = new FormData()
    form.append('booking', String(id))
    form.append(
      'file',
      new Blob(['<!doctype html><html><body><script>alert(1)</script></body></html>'], {
        type: 'application/pdf',
      }),
      'script.pdf',
    )
    const res = await call('POST', '/api/scripts', { token, form })
    expect(res.status).toBe(415)
    expect(firstMessage(res)).toMatch(/HTML/)
  })

  it('should put a field validation problem’s reason in the top-level message', async () => {
    // Payload's own sentences follow Accept-Language (Dutch when it names neither en nor nl).
    const res = await call('POST', '/api/users', {
      json: { email: 'not-an-email', password: 'Prod-test-password-1' },
      headers: { 'Accept-Language': 'en' },
    })
    expect([res.status, res.body.errors?.[0]?.name, firstMessage(res)]).toEqual([
      400,
      'ValidationError',
      'Email: Please enter a valid email address.',
    ])
  })

  it('should give every API answer an X-Request-Id, echoing a sane one the caller sent', async () => {
    const mine = await call('GET', '/api/voiceovers?limit=1', {
      headers: { 'X-Request-Id': 'support-case-12345' },
    })
    const fresh = await call('GET', '/api/voiceovers?limit=1')
    const hostile = await call('GET', '/api/voiceovers?limit=1', {
      headers: { 'X-Request-Id': 'a b<script>' },
    })
    expect(mine.headers.get('x-request-id')).toBe('support-case-12345')
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f]{16}$/)
    expect(hostile.headers.get('x-request-id')).toMatch(/^[0-9a-f]{16}$/)
  })
})

describe('the language of error sentences in the production build', () => {
  /** A status change asked for without logging in: our endpoint's 401 (auth.logInToChangeBooking). */
  const anonymousTransition = (acceptLanguage: string) =>
    call('POST', '/api/bookings/1/transition', {
      json: { to: 'cancelled' },
      headers: { 'Accept-Language': acceptLanguage },
    })

  it('should answer a refusal in Dutch when the request names no language', async () => {
    const res = await anonymousTransition('')
    expect([res.status, res.body.errors?.[0]]).toEqual([
      401,
      {
        name: 'UserError',
        message: 'Log in om een boeking te wijzigen.',
        data: { key: 'auth.logInToChangeBooking' },
      },
    ])
  })

  it('should answer the same refusal in English for Accept-Language: en-US', async () => {
    const res = await anonymousTransition('en-US,en;q=0.9,nl;q=0.5')
    expect([res.status, firstMessage(res)]).toEqual([401, 'Log in to change a booking.'])
  })

  it('should answer a logged-in English customer in English even with Accept-Language: nl', async () => {
    const { token } = await newCustomer('english-customer')
    const res = await call('POST', '/api/bookings', {
      token,
      json: {
        voiceover: await bookable(),
        projectTitle: 'Opera',
        projectType: 'opera',
        termsAccepted: true,
      },
      headers: { 'Accept-Language': 'nl' },
    })
    expect([res.status, res.body.errors?.[0]?.data?.key, firstMessage(res)]).toEqual([
      400,
      'quote.chooseProjectType',
      expect.stringMatching(/^Choose a project type: /),
    ])
  })

  it('should give Payload’s own validation sentence in Dutch when no language is asked for', async () => {
    const res = await call('POST', '/api/users', {
      json: { email: 'not-an-email', password: 'Prod-test-password-1' },
      headers: { 'Accept-Language': '' },
    })
    expect([res.status, firstMessage(res)]).toEqual([
      400,
      expect.stringContaining(nl.translations.validation.emailAddress),
    ])
  })
})

describe('client mistakes answer 4xx, never 500', () => {
  const cases: [string, string, number][] = [
    ['a non-numeric id', '/api/voiceovers/abc', 404],
    ['an id with a sign', '/api/bookings/-1', 404],
    ['the versions route of an unversioned collection', '/api/bookings/versions', 404],
    ['an id-like word', '/api/bookings/versions/1', 404],
    ['a verify link for a collection without verification', '/api/users/verify/abc', 404],
    ['an operator object as a value', '/api/voiceovers?where[name][equals][$ne]=x', 400],
    ['an unknown operator', '/api/voiceovers?where[name][$ne]=x', 400],
    ['a word compared with an id', '/api/voiceovers?where[id][equals]=abc', 400],
    ['a where without an operator', '/api/voiceovers?where[name]=x', 400],
    ['a where that is not JSON', '/api/voiceovers?where=abc', 400],
    ['a limit that is not a number', '/api/voiceovers?limit=abc', 400],
    ['a negative page', '/api/voiceovers?page=-1', 400],
    ['a date compared with a word', '/api/voiceovers?where[createdAt][greater_than]=notadate', 400],
    ['a geo operator on a text field', '/api/voiceovers?where[name][near]=1,2', 400],
    ['"all" on a single-value field', '/api/voiceovers?where[name][all]=x', 400],
    ['a malformed id on an internal collection', '/api/payload-locked-documents/abc', 404],
    [
      'an operator object on preferences',
      '/api/payload-preferences?where[key][equals][$ne]=1',
      400,
    ],
  ]
  it.each(cases)('should answer %s with its 4xx', async (_label, path, expected) => {
    const customer = await demo.customer()
    const res = await call('GET', path, { token: customer })
    expect(res.status).toBe(expected)
  })

  it.each([
    [
      { usage: { media: 'moon' } },
      'Choose the usage medium (usage.media): online, radio, tv, cinema, internal.',
    ],
    [{ wordCount: -1 }, 'The word count must be a whole number from 0 to 1,000,000.'],
    [{ wordCount: 12.5 }, 'The word count must be a whole number from 0 to 1,000,000.'],
  ])(
    'should refuse a quote for %j with 400 instead of pricing something else',
    async (change, sentence) => {
      const res = await call('POST', '/api/bookings/quote', {
        json: {
          voiceover: await bookable(),
          projectType: 'commercial',
          usage: { media: 'online', region: 'national', term: '12_months' },
          wordCount: 60,
          ...change,
        },
      })
      expect([res.status, firstMessage(res)]).toEqual([400, sentence])
    },
  )

  it.each(['abcd', '1234567890', 'password1234'])(
    'should refuse registering with the password %j, saying why',
    async (password) => {
      const problem = passwordProblem({ password, isCommon: isCommonPassword })
      const sentence = problem && renderSentence(problem, 'en')
      const res = await call('POST', '/api/users', {
        json: { email: `weak-${Date.now()}@example.com`, password, name: 'Weak' },
      })
      expect([typeof sentence, res.status, firstMessage(res)]).toEqual(['string', 400, sentence])
    },
  )

  it('should refuse a billing country that is no country', async () => {
    const customer = await newCustomer('country')
    const res = await call('PATCH', `/api/users/${customer.id}`, {
      token: customer.token,
      json: { billing: { customerType: 'consumer', country: 'XX' } },
      // Field names follow Accept-Language (Dutch when it names neither en nor nl).
      headers: { 'Accept-Language': 'en' },
    })
    expect([res.status, firstMessage(res)]).toEqual([
      400,
      'Billing > Country: Choose the country as its two-letter ISO code, e.g. NL, DE or GB (XI for Northern Ireland).',
    ])
  })

  it('should refuse a script for a booking that is not a number with a sentence', async () => {
    const { token } = await newCustomer('booking-abc')
    const form = new FormData()
    form.append('booking', 'abc')
    form.append('file', new Blob(['Read this warmly.'], { type: 'text/plain' }), 'script.txt')
    const res = await call('POST', '/api/scripts', { token, form })
    expect([res.status, firstMessage(res)]).toEqual([
      400,
      '"booking" must be the number of one of your bookings.',
    ])
  })

  it('should refuse multipart without a boundary with 400 and say why', async () => {
    const res = await call('POST', '/api/users', {
      headers: { 'content-type': 'multipart/form-data' },
      body: 'email=x',
    })
    expect([res.status, firstMessage(res)]).toEqual([
      400,
      'The multipart/form-data request has no boundary: let the browser or HTTP client set the Content-Type header.',
    ])
  })

  it('should refuse a malformed JSON body with 400', async () => {
    const res = await call('POST', '/api/bookings/quote', {
      headers: { 'content-type': 'application/json' },
      body: '{"voiceover":',
    })
    expect(res.status).toBe(400)
  })

  it.each([
    ['a booking that does not exist', '/en/account/bookings/99999'],
    ['a booking id that is not a number', '/en/account/bookings/abc'],
  ])('should answer %s with the 404 page', async (_label, path) => {
    const customer = await demo.customer()
    const res = await call('GET', path, { headers: { cookie: `payload-token=${customer}` } })
    expect(res.status).toBe(404)
  })

  // A person logged in as another account (an email link opened in the wrong account) is told so,
  // with a way to switch accounts; nothing of the booking itself is shown.
  it('should show someone else’s booking page as another account’s, without the booking', async () => {
    const owner = await newCustomer('owner')
    const id = await book(owner.token, await bookable())
    const title = (
      await call('GET', `/api/bookings/${id}`, {
        headers: { cookie: `payload-token=${owner.token}` },
      })
    ).body.projectTitle as string
    const other = await newCustomer('other')
    const page = await fetch(new URL(`/en/account/bookings/${id}`, baseURL()), {
      headers: { cookie: `payload-token=${other.token}`, origin: baseURL() },
    }).then((r) => r.text())
    const api = await call('GET', `/api/bookings/${id}`, {
      headers: { cookie: `payload-token=${other.token}` },
    })
    expect([
      title.length > 0,
      page.includes('This booking belongs to another account'),
      page.includes(title),
      api.status,
    ]).toEqual([true, true, false, 404])
  })
})

describe('the development outbox', () => {
  it('should show every email only to the agency’s staff', async () => {
    const customer = await demo.customer()
    const admin = await demo.admin()
    const as = (token?: string) =>
      call('GET', '/en/dev/outbox', token ? { headers: { cookie: `payload-token=${token}` } } : {})
    const [anonymous, asCustomer, asAdmin] = await Promise.all([as(), as(customer), as(admin)])
    expect([
      anonymous.status,
      anonymous.headers.get('location')?.includes('/login?next='),
      asCustomer.status,
      asAdmin.status,
    ]).toEqual([307, true, 404, 200])
  })
})

describe('requests from other websites', () => {
  const login = (headers: Record<string, string>) => {
    // What an attacker's page can post across sites: a multipart form (no CORS preflight).
    const form = new FormData()
    form.append(
      '_payload',
      JSON.stringify({ email: 'customer@14voices.local', password: 'customer-14voices' }),
    )
    return call('POST', '/api/users/login', { form, headers })
  }

  it('should refuse a cross-site login form, so no session cookie is set (login CSRF)', async () => {
    const evil = await login({ origin: 'http://evil.example' })
    const fetchMeta = await login({ 'sec-fetch-site': 'cross-site' })
    expect([
      evil.status,
      firstMessage(evil),
      evil.headers.get('set-cookie'),
      fetchMeta.status,
    ]).toEqual([403, 'This request came from another website and was refused.', null, 403])
  })

  it('should refuse a cross-site registration', async () => {
    const res = await call('POST', '/api/users', {
      headers: { origin: 'http://evil.example' },
      json: { email: `csrf-${Date.now()}@example.com`, password: 'Prod-test-password-1' },
    })
    expect(res.status).toBe(403)
  })

  it('should still let the site itself log in', async () => {
    const res = await login({})
    expect([res.status, (res.headers.get('set-cookie') ?? '').includes('payload-token=')]).toEqual([
      200,
      true,
    ])
  })
})
