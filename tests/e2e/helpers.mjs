import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

/**
 * A new page that fails the test on any console error, uncaught exception, Content-Security-Policy
 * violation or 4xx/5xx response — except the responses listed in `expected` (`{ status, path }`),
 * which a journey provokes on purpose. `contextOptions` go to `browser.newContext` (e.g. `locale`).
 */
export const strictPage = async (browser, { expected = [], contextOptions = {} } = {}) => {
  const context = await browser.newContext(contextOptions)
  // Every CSP violation (a blocked script, style, image, frame…) as a console error, with what was
  // blocked and where: the browser's own message is not always logged (e.g. for blocked styles).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `Content Security Policy violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} on ${e.documentURI}`,
      )
    })
  })
  const page = await context.newPage()
  const errors = []
  page.on('console', (msg) => {
    const prefetch404 =
      msg.text().startsWith('Failed to load resource') && msg.location().url.includes('_rsc=')
    // The browser logs every 4xx/5xx as "Failed to load resource"; `expected` ones are on purpose.
    const expectedStatus = expected.some(
      (e) =>
        msg
          .text()
          .startsWith(
            `Failed to load resource: the server responded with a status of ${e.status}`,
          ) && new URL(msg.location().url).pathname === e.path,
    )
    if (msg.type() === 'error' && !prefetch404 && !expectedStatus) {
      errors.push(`${msg.text()} (${msg.location().url || 'no location'})`)
    }
  })
  page.on('pageerror', (err) => errors.push(err.message))
  page.on('response', (res) => {
    // Link prefetches (?_rsc=) of pages another issue builds (/book/…) are not page errors.
    const wanted = expected.some(
      (e) => e.status === res.status() && new URL(res.url()).pathname === e.path,
    )
    if (res.status() >= 400 && !res.url().includes('_rsc=') && !wanted)
      errors.push(`${res.status()} ${res.url()}`)
  })
  return {
    page,
    context,
    assertNoErrors: () => {
      if (errors.length > 0) throw new Error(`console errors:\n${errors.join('\n')}`)
    },
  }
}

export const expectTrue = (condition, message) => {
  if (!condition) throw new Error(message)
}

/**
 * A WAV take made by the ffmpeg binary the QC job uses: a 440 Hz tone of `seconds`, 48 kHz, 24-bit,
 * mono, normalised to `lufs` (true peak well below −1 dBTP) — by default what the commercial spec
 * asks for, so the technical check passes it. `sampleRate` other than 48 000 makes one that fails.
 */
export const toneWav = ({ seconds = 4, lufs = -16, sampleRate = 48_000 } = {}) => {
  const require = createRequire(import.meta.url)
  const ffmpeg = require('@ffmpeg-installer/ffmpeg').path
  const dir = mkdtempSync(path.join(os.tmpdir(), 'v14-e2e-take-'))
  const out = path.join(dir, 'take.wav')
  try {
    // prettier-ignore
    const run = spawnSync(ffmpeg, [
      '-hide_banner', '-loglevel', 'error',
      '-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}:sample_rate=${sampleRate}`,
      '-af', `loudnorm=I=${lufs}:TP=-2:LRA=7:linear=true`,
      '-ar', String(sampleRate), '-ac', '1', '-c:a', 'pcm_s24le', '-y', out,
    ])
    if (run.status !== 0) throw new Error(`ffmpeg failed: ${run.stderr}`)
    return readFileSync(out)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * Waits (up to 20 s) until the delivery `id` is shown to its customer — its technical check passed
 * or it was released — asking the API as `request` (the artist's or an admin's session).
 */
export const waitForPublished = async (request, baseURL, id) => {
  const until = Date.now() + 20_000
  let last = ''
  while (Date.now() < until) {
    // The session cookie counts only with the site's Origin (Payload's CSRF check).
    const res = await request.get(`${baseURL}/api/deliverables/${id}`, {
      headers: { origin: baseURL },
    })
    const body = res.ok() ? await res.json() : null
    if (body?.qc?.publishedAt) return
    last = `${res.status()} ${JSON.stringify(body?.qc ?? null)}`
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`delivery ${id} was not shown to the customer within 20 s (last: ${last})`)
}

/**
 * Sets up a booking for Sanne with a text script over the customer's own REST session (the booking
 * journey covers the form), as most journeys start. Input: the logged-in customer's
 * `page.request`, the site's base URL, the project title, the script's file name and text, and an
 * optional usage licence. Output: `{ bookingId, reference, bookingUrl }` (bookingUrl without a
 * language, the site redirects it). Fails the journey when either request is refused.
 */
export const bookSanneWithScript = async ({ api, baseURL, title, script, usage }) => {
  const headers = { origin: baseURL }
  const vo = await (
    await api.get(`${baseURL}/api/voiceovers?where[slug][equals]=sanne-de-vries&limit=1`)
  ).json()
  const created = await api.post(`${baseURL}/api/bookings`, {
    headers,
    data: {
      voiceover: vo.docs[0].id,
      projectTitle: title,
      projectType: 'commercial',
      ...(usage ? { usage } : {}),
      termsAccepted: true,
    },
  })
  expectTrue(created.status() === 201, `booking created (${created.status()})`)
  const { id: bookingId, reference } = (await created.json()).doc
  const uploaded = await api.post(`${baseURL}/api/scripts`, {
    headers,
    multipart: {
      booking: String(bookingId),
      file: { name: script.name, mimeType: 'text/plain', buffer: Buffer.from(script.text) },
    },
  })
  expectTrue(uploaded.status() === 201, `script uploaded (${uploaded.status()})`)
  return { bookingId, reference, bookingUrl: `${baseURL}/account/bookings/${bookingId}` }
}
