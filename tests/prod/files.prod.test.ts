import { beforeAll, describe, expect, it } from 'vitest'

import { call, demo, firstMessage, newCustomer } from './client'

// A plain UTF-8 script; its length in bytes drives every expected Content-Range below (RFC 9110 §14).
const SCRIPT = Buffer.from('INT. STUDIO. Read the first line warmly, the second with a smile.\n')
const SIZE = SCRIPT.byteLength

let token = ''
let booking = 0
let fileUrl = ''

const downloadsAudited = async (of = booking) => {
  const res = await call(
    'GET',
    `/api/audit-events?where[booking][equals]=${of}&where[action][equals]=script.downloaded&limit=1`,
    { token: await demo.admin() },
  )
  return res.body.totalDocs as number
}

/** A new customer's booking with a freshly uploaded script: nobody has downloaded it yet. */
const freshScript = async (label: string) => {
  const customer = await newCustomer(label)
  const voiceovers = await call('GET', '/api/voiceovers?limit=1&depth=0&sort=name')
  const created = await call('POST', '/api/bookings', {
    token: customer.token,
    json: {
      voiceover: (voiceovers.body.docs as { id: number }[])[0]!.id,
      projectTitle: 'Range check',
      projectType: 'commercial',
      termsAccepted: true,
      usage: { media: 'online', region: 'national', term: '12_months' },
      wordCount: 12,
    },
  })
  const bookingId = (created.body.doc as { id: number }).id
  const form = new FormData()
  form.append('booking', String(bookingId))
  form.append('file', new Blob([SCRIPT], { type: 'text/plain' }), 'script.txt')
  const uploaded = await call('POST', '/api/scripts', { token: customer.token, form })
  expect(uploaded.status).toBe(201)
  return {
    token: customer.token,
    booking: bookingId,
    url: `/api/scripts/file/${(uploaded.body.doc as { filename: string }).filename}`,
  }
}

beforeAll(async () => {
  ;({ token, booking, url: fileUrl } = await freshScript('ranges'))
})

describe('Range on a private file route, per RFC 9110', () => {
  const whole = { status: 206, range: `bytes 0-${SIZE - 1}/${SIZE}`, bytes: SIZE }
  const ignored = { status: 200, range: null, bytes: SIZE }
  const cases: [string, { status: number; range: string | null; bytes: number }][] = [
    ['bytes=2-5', { status: 206, range: `bytes 2-5/${SIZE}`, bytes: 4 }],
    [`bytes=-${SIZE + 100}`, whole],
    ['bytes=-3', { status: 206, range: `bytes ${SIZE - 3}-${SIZE - 1}/${SIZE}`, bytes: 3 }],
    ['bytes= 0-', whole],
    ['bytes=00-', whole],
    ['bytes=abc', ignored],
    ['bytes=5-2', ignored],
    ['bytes=0-1,5-6', ignored],
    ['items=0-1', ignored],
    [`bytes=${SIZE + 5}-`, { status: 416, range: `bytes */${SIZE}`, bytes: 0 }],
    ['bytes=-0', { status: 416, range: `bytes */${SIZE}`, bytes: 0 }],
  ]
  it.each(cases)('should answer Range: %s', async (range, expected) => {
    const res = await call('GET', fileUrl, { token, headers: { range } })
    expect({
      status: res.status,
      range: res.headers.get('content-range'),
      bytes: res.bytes,
    }).toEqual(expected)
  })

  it('should audit a person’s download of the file once a day, whichever bytes the first request asked for', async () => {
    const admin = await demo.admin()
    const before = await downloadsAudited()
    for (const range of ['bytes=10-', 'bytes= 0-', `bytes=-${SIZE}`, 'bytes=00-']) {
      await call('GET', fileUrl, { token: admin, headers: { range } })
    }
    await call('GET', fileUrl, { token: admin })
    expect((await downloadsAudited()) - before).toBe(1)
  })
})

describe('HEAD on file routes', () => {
  it('should answer HEAD on a private file like GET, without a body and without auditing a download', async () => {
    const fresh = await freshScript('head')
    const head = await call('HEAD', fresh.url, { token: fresh.token })
    const afterHead = await downloadsAudited(fresh.booking)
    const get = await call('GET', fresh.url, { token: fresh.token })
    // Next.js drops Content-Length from every route-handler response (GET too), so it isn't compared.
    const shown = (res: typeof head) => ({
      status: res.status,
      type: res.headers.get('content-type'),
      disposition: res.headers.get('content-disposition'),
      cache: res.headers.get('cache-control'),
      nosniff: res.headers.get('x-content-type-options'),
      ranges: res.headers.get('accept-ranges'),
    })
    expect([shown(head), head.bytes, get.bytes]).toEqual([
      { ...shown(get), status: 200, cache: 'private, no-store', nosniff: 'nosniff' },
      0,
      SIZE,
    ])
    expect([afterHead, await downloadsAudited(fresh.booking)]).toEqual([0, 1])
  })

  it('should refuse HEAD on a private file to someone else as GET does', async () => {
    const stranger = await newCustomer('stranger')
    const head = await call('HEAD', fileUrl, { token: stranger.token })
    const get = await call('GET', fileUrl, { token: stranger.token })
    expect(head.status).toBe(get.status)
    expect([403, 404]).toContain(head.status)
  })

  it('should answer HEAD on an original demo recording like GET, ranges included, with the long cache', async () => {
    // Originals are served to admins only (src/uploads/originalAudioForAdmins.ts); the public plays the preview at /media/.
    const token = await demo.admin()
    // As the admin: an original's file name is left out of everyone else's answers.
    const media = await call('GET', '/api/media?limit=100&depth=0', { token })
    const original = (
      media.body.docs as { filename: string; filesize: number; mimeType: string }[]
    ).find((m) => m.mimeType.startsWith('audio/'))!
    const head = await call('HEAD', `/api/media/file/${original.filename}`, { token })
    const headRange = await call('HEAD', `/api/media/file/${original.filename}`, {
      token,
      headers: { range: 'bytes=0-99' },
    })
    const suffix = await call('GET', `/api/media/file/${original.filename}`, {
      token,
      headers: { range: `bytes=-${original.filesize + 1}` },
    })
    expect({
      status: head.status,
      cache: head.headers.get('cache-control'),
      bytes: head.bytes,
      rangeStatus: headRange.status,
      range: headRange.headers.get('content-range'),
      suffix: suffix.status,
      suffixBytes: suffix.bytes,
    }).toEqual({
      status: 200,
      cache: 'public, max-age=31536000, immutable',
      bytes: 0,
      rangeStatus: 206,
      range: `bytes 0-99/${original.filesize}`,
      suffix: 206,
      suffixBytes: original.filesize,
    })
  })

  it('should answer a public file name that does not exist with 404, for GET and HEAD', async () => {
    const get = await call('GET', '/api/media/file/0000000000000000-no-such-demo.wav')
    const head = await call('HEAD', '/api/media/file/0000000000000000-no-such-demo.wav')
    expect([get.status, head.status]).toEqual([404, 404])
  })
})

describe('human download names and links opened in a browser (issue 13)', () => {
  const NAVIGATION = {
    accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
    'sec-fetch-dest': 'document',
    'sec-fetch-mode': 'navigate',
  }

  it('should name a private script download “<project> - script.<ext>” in both parameters', async () => {
    const res = await call('GET', fileUrl, { token })
    expect([res.status, res.headers.get('content-disposition')]).toEqual([
      200,
      `attachment; filename="Range check - script.txt"; filename*=UTF-8''Range%20check%20-%20script.txt`,
    ])
  })

  it('should send a logged-out browser that opens a private file to the login page, then its booking', async () => {
    const res = await call('GET', `${fileUrl}?lang=nl`, { headers: NAVIGATION })
    expect([res.status, res.headers.get('location')]).toEqual([
      303,
      `/nl/login?next=%2Fnl%2Faccount%2Fbookings%2F${booking}`,
    ])
  })

  it('should keep the JSON refusal for an API client without a session', async () => {
    const res = await call('GET', fileUrl, { headers: { accept: 'application/json' } })
    expect([res.status, res.headers.get('location'), typeof firstMessage(res)]).toEqual([
      403,
      null,
      'string',
    ])
  })
})
