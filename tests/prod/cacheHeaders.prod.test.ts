import { beforeAll, describe, expect, it } from 'vitest'

import { PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL } from '@/http/cachePolicy'

import { baseURL, demo } from './client'

// Issue 14: the catalog and profiles are cached by the server (ISR) and by any CDN in front of it
// for anonymous visitors; anything a session asks for, and every private answer, stays private.
let customer = ''

beforeAll(async () => {
  customer = await demo.customer()
})

/** A GET as a browser following a link, by a visitor whose browser asks for Dutch (so next-intl sets
 * no language cookie on a Dutch page). */
const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(new URL(path, baseURL()), {
    headers: { 'sec-fetch-site': 'same-origin', 'accept-language': 'nl', ...headers },
    redirect: 'manual',
  })
  return {
    status: res.status,
    cacheControl: res.headers.get('cache-control'),
    vary: (res.headers.get('vary') ?? '').split(/,\s*/),
    cache: res.headers.get('x-nextjs-cache'),
    front: res.headers.get('x-front-cache'),
    text: await res.text(),
  }
}

const session = () => ({ cookie: `payload-token=${customer}` })

describe('cached pages', () => {
  it.each(['/nl', '/nl/voiceovers/sanne-de-vries'])(
    'should serve %s from the cache, shareable by a CDN',
    async (path) => {
      // With a session npm start's front cache leaves the request to Next, which serves its cache.
      await get(path)
      const next = await get(path, session())
      const second = await get(path)
      expect([next.status, next.cache, next.front]).toEqual([200, 'HIT', null])
      expect([second.status, second.front, second.cacheControl]).toEqual([
        200,
        'hit',
        PUBLIC_CACHE_CONTROL,
      ])
      expect(second.text).toBe(next.text)
    },
  )

  it('should serve the same HTML to a logged-in person, kept out of shared caches', async () => {
    await get('/nl/voiceovers/sanne-de-vries')
    const [anonymous, loggedIn] = [
      await get('/nl/voiceovers/sanne-de-vries'),
      await get('/nl/voiceovers/sanne-de-vries', session()),
    ]
    expect([loggedIn.cacheControl, loggedIn.text === anonymous.text]).toEqual([
      PRIVATE_CACHE_CONTROL,
      true,
    ])
  })

  it('should let a CDN share a page in the other language than the browser asks for, setting no cookie', async () => {
    const res = await fetch(new URL('/en', baseURL()), {
      headers: { 'accept-language': 'nl', cookie: 'NEXT_LOCALE=nl' },
      redirect: 'manual',
    })
    expect([res.status, res.headers.get('cache-control'), res.headers.get('set-cookie')]).toEqual([
      200,
      PUBLIC_CACHE_CONTROL,
      null,
    ])
  })

  it('should let a CDN share a filtered catalog in any language, setting no cookie', async () => {
    // No cookie and no Accept-Language (a crawler): next-intl would remember English in a cookie.
    const res = await fetch(new URL('/en?page=2', baseURL()), { redirect: 'manual' })
    expect([res.status, res.headers.get('cache-control'), res.headers.get('set-cookie')]).toEqual([
      200,
      PUBLIC_CACHE_CONTROL,
      null,
    ])
  })

  it.each(['/nl', '/en/voiceovers/sanne-de-vries'])(
    'should give %s the security headers of a cached page (no nonce)',
    async (path) => {
      const res = await fetch(new URL(path, baseURL()), { redirect: 'manual' })
      const csp = res.headers.get('content-security-policy') ?? ''
      expect([
        res.status,
        /script-src 'self' 'unsafe-inline'/.test(csp),
        /nonce-/.test(csp),
        res.headers.get('x-content-type-options'),
        res.headers.get('x-frame-options'),
      ]).toEqual([200, true, false, 'nosniff', 'DENY'])
    },
  )

  it('should keep a personal page private', async () => {
    const res = await get('/en/account/bookings', session())
    expect([res.status, res.cacheControl?.startsWith('private')]).toEqual([200, true])
  })
})

describe('public API reads', () => {
  it.each([
    '/api/voiceovers?limit=1&depth=0',
    '/api/media?limit=1',
    '/api/languages?limit=5',
    '/api/accents/british-rp',
  ])('should let a CDN share an anonymous %s, varying by session', async (path) => {
    const res = await get(path)
    expect([
      res.status,
      res.cacheControl,
      res.vary.includes('Cookie') && res.vary.includes('Authorization'),
    ]).toEqual([200, PUBLIC_CACHE_CONTROL, true])
  })

  it('should keep the same read private when it carries a session', async () => {
    const res = await get('/api/voiceovers?limit=1&depth=0', { authorization: `JWT ${customer}` })
    expect([res.status, res.cacheControl]).toEqual([200, PRIVATE_CACHE_CONTROL])
  })

  it('should show an artist edit in the next anonymous read of the artists, though reads are cached', async () => {
    const path = '/api/voiceovers?where[slug][equals]=alex-verhoeven&depth=0'
    const read = async () =>
      JSON.parse((await get(path)).text) as { docs: { id: number; tagline: string | null }[] }
    const before = await read()
    // Twice: the second answer comes from the data cache.
    expect((await read()).docs[0]).toEqual(before.docs[0])
    const admin = await demo.admin()
    const tagline = `Edited ${Date.now()}`
    const patched = await fetch(new URL(`/api/voiceovers/${before.docs[0].id}`, baseURL()), {
      method: 'PATCH',
      headers: { authorization: `JWT ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tagline }),
    })
    expect(patched.status).toBe(200)
    expect((await read()).docs[0].tagline).toBe(tagline)
  })

  it('should answer a malformed anonymous read with its 400 sentence, never from the cache', async () => {
    const res = await get('/api/voiceovers?where[name][equals][$ne]=x')
    expect([res.status, res.cacheControl]).toEqual([400, PRIVATE_CACHE_CONTROL])
  })
})

describe('front cache (npm start)', () => {
  it('should show an artist edit on the next anonymous view of the profile and the catalog', async () => {
    const profile = '/nl/voiceovers/daan-bakker'
    await get('/nl')
    await get(profile)
    expect((await get(profile)).front).toBe('hit')
    const admin = await demo.admin()
    const found = await fetch(
      new URL('/api/voiceovers?where[slug][equals]=daan-bakker&depth=0', baseURL()),
    )
    const { docs } = (await found.json()) as { docs: { id: number }[] }
    const tagline = `Front cache edit ${Date.now()}`
    const patched = await fetch(new URL(`/api/voiceovers/${docs[0]!.id}`, baseURL()), {
      method: 'PATCH',
      headers: { authorization: `JWT ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify({ tagline }),
    })
    expect(patched.status).toBe(200)
    const [after, catalog] = [await get(profile), await get('/nl')]
    expect([after.front, after.text.includes(tagline)]).toEqual(['miss', true])
    expect(catalog.front).toBe('miss')
  })

  it('should send browsers a Brotli or gzip copy of the same page', async () => {
    const plain = await get('/nl/voiceovers/sanne-de-vries')
    // The copies are made once, in the background, after the answer is stored.
    await new Promise((resolve) => setTimeout(resolve, 300))
    const raw = (encoding: string) =>
      fetch(new URL('/nl/voiceovers/sanne-de-vries', baseURL()), {
        headers: { 'accept-encoding': encoding },
      })
    const [br, gzip] = [await raw('gzip, deflate, br'), await raw('gzip')]
    expect([br.headers.get('content-encoding'), gzip.headers.get('content-encoding')]).toEqual([
      'br',
      'gzip',
    ])
    // fetch decodes both.
    expect([await br.text(), await gzip.text()]).toEqual([plain.text, plain.text])
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/)
  })

  it('should send a filter form sent without JavaScript to the address without its empty filters', async () => {
    const mixed = await get('/nl?language=&accent=&gender=female&age=&q=')
    const empty = await get('/en?language=&q=&utm_source=mail')
    expect([mixed.status, empty.status]).toEqual([303, 303])
    const location = async (path: string) =>
      (await fetch(new URL(path, baseURL()), { redirect: 'manual' })).headers.get('location')
    expect(await location('/nl?language=&accent=&gender=female&age=&q=')).toBe('/nl?gender=female')
    expect(await location('/en?language=&q=&utm_source=mail')).toBe('/en?utm_source=mail')
  })
})
