import path from 'node:path'

import { logIn } from './booking.e2e.mjs'
import { deliver, waitForStatus } from './delivery.e2e.mjs'
import { bookSanneWithScript, expectTrue, strictPage } from './helpers.mjs'

/** The playhead as the player shows it: the waveform slider's value, in seconds. */
const playhead = async (page) =>
  Number(await page.locator('[data-testid="review-wave"]').getAttribute('aria-valuenow'))

/** Waits until the review player's waveform is drawn (wavesurfer renders into a shadow root). */
const waveDrawn = (page) =>
  page.waitForFunction(
    () => {
      const host = document.querySelector('[data-testid="review-wave"] > div')
      return Boolean(host?.shadowRoot?.querySelector('canvas'))
    },
    undefined,
    { timeout: 20_000 },
  )

/**
 * Waveform review journey: Sanne delivers a take; the customer clicks the waveform at about 0:02,
 * comments there and requests a revision, which gathers the comment as pickup 1; Sanne sees the
 * pickup, delivers version 2 and marks it resolved; the customer compares the versions at the same
 * position (the A/B switch keeps the playhead) and approves version 2.
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const title = `Waveform review ${Date.now()}`
  const customer = await strictPage(browser)
  const { page } = customer
  const api = page.request
  await logIn(page, baseURL, {
    email: 'customer@14voices.local',
    password: 'customer-14voices',
    next: '/account/bookings',
  })
  const headers = { origin: baseURL }
  const { bookingId, bookingUrl } = await bookSanneWithScript({
    api,
    baseURL,
    title,
    script: { name: 'spot.txt', text: 'Fourteen voices. One of them is yours.' },
  })

  const artist = await strictPage(browser)
  await logIn(artist.page, baseURL, {
    email: 'sanne@14voices.local',
    password: 'artist-14voices',
    next: `/account/bookings/${bookingId}`,
  })
  await artist.page.getByRole('button', { name: 'Start production' }).click()
  await waitForStatus(artist.page, 'in_production')
  await deliver(artist.page, 'First take.')

  // The customer clicks the 4-second waveform halfway (about 0:02) and comments there.
  await page.goto(bookingUrl)
  await waitForStatus(page, 'review')
  await waveDrawn(page)
  const wave = page.getByTestId('review-wave')
  const box = await wave.boundingBox()
  expectTrue(box !== null, 'the waveform is on the page')
  await wave.click({ position: { x: box.width * 0.5, y: box.height / 2 } })
  const form = page.getByTestId('comment-form')
  await form.waitFor()
  const label = await form.locator('label').innerText()
  expectTrue(/0:0(1\.[89]|2\.[0-2])/.test(label), `the form is at about 0:02 (${label})`)
  await form.getByRole('textbox').fill('Say the brand name a little warmer.')
  await form.getByRole('button', { name: 'Add comment' }).click()
  await page.getByTestId('review-comments').getByText('Say the brand name').waitFor()
  const list = await api.get(`${baseURL}/api/review-comments?where[booking][equals]=${bookingId}`, {
    headers,
  })
  const listed = await list.json()
  expectTrue(list.status() === 200, `comments listed (${list.status()} ${JSON.stringify(listed)})`)
  const made = listed.docs[0]
  expectTrue(
    listed.docs.length === 1 && made.startSeconds > 1.8 && made.startSeconds < 2.2,
    `one comment stored at about 2 s (${JSON.stringify(listed.docs.map((d) => d.startSeconds))})`,
  )

  // Clicking the comment's time code seeks there.
  await page.getByRole('button', { name: /^Go to 0:0/ }).click()
  const sought = await playhead(page)
  expectTrue(Math.abs(sought - made.startSeconds) < 0.2, `the time code seeks (${sought})`)

  // The revision request gathers the open comment as pickup 1.
  await page.getByRole('button', { name: 'Request a revision' }).click()
  await page.getByLabel('What should change?').fill('See the pickup on the waveform.')
  await page.getByRole('button', { name: 'Send revision request' }).click()
  await waitForStatus(page, 'in_production')
  const pickups = await page.getByTestId('version-1-pickups').innerText()
  expectTrue(pickups.includes('Say the brand name'), `the pickup list is shown (${pickups})`)

  // Sanne sees the pickup, delivers version 2 and marks the pickup resolved in it.
  await artist.page.goto(bookingUrl)
  const artistPickups = await artist.page.getByTestId('version-1-pickups').innerText()
  expectTrue(/0:0[12]\.\d/.test(artistPickups), `the artist sees the pickup (${artistPickups})`)
  await deliver(artist.page, 'Warmer brand name.')
  await artist.page.getByTestId(`resolve-${made.id}`).check()
  await artist.page.waitForSelector(
    `[data-testid="review-comment-${made.id}"][data-resolved="true"]`,
    {
      timeout: 15_000,
    },
  )
  artist.assertNoErrors()
  await artist.context.close()

  // The customer compares: version 1 at 0:03 by keyboard, then version 2 at the same moment. Both
  // waveforms are ready first (the job computes them within seconds of the upload).
  const until = Date.now() + 20_000
  let waveforms = []
  while (Date.now() < until) {
    const res = await api.get(
      `${baseURL}/api/deliverables?where[booking][equals]=${bookingId}&depth=0`,
      { headers },
    )
    waveforms = ((await res.json()).docs ?? []).map((d) => d.waveform?.status)
    if (waveforms.length === 2 && waveforms.every((status) => status === 'ready')) break
    await page.waitForTimeout(500)
  }
  expectTrue(
    waveforms.length === 2 && waveforms.every((status) => status === 'ready'),
    `both versions have their waveform (${waveforms.join(', ')})`,
  )
  await page.goto(bookingUrl)
  await waitForStatus(page, 'review')
  await waveDrawn(page)
  await page.getByTestId('ab-version-1').click()
  await page.waitForSelector('[data-testid="review-wave"][data-version="1"][data-loaded="true"]')
  await wave.focus()
  // One press per second of audio, each seen on the slider's value before the next, as a person
  // looks.
  for (let second = 1; second <= 3; second++) {
    await page.keyboard.press('ArrowRight')
    await page.waitForSelector(`[data-testid="review-wave"][aria-valuenow="${second}"]`, {
      timeout: 10_000,
    })
  }
  const onV1 = await playhead(page)
  expectTrue(Math.abs(onV1 - 3) < 0.2, `the arrow keys move the playhead to 0:03 (${onV1})`)
  // What plays is where the slider says: on a loaded machine the element once settled on an
  // earlier of the quick seeks (0:02) and stayed there; the player now seeks again.
  const audioAt = await page
    .waitForFunction(
      () => {
        const audio = document.querySelector('[data-testid="review-audio"]')
        return audio && Math.abs(audio.currentTime - 3) < 0.1 ? audio.currentTime : false
      },
      undefined,
      { timeout: 5_000 },
    )
    .then(
      (handle) => handle.jsonValue(),
      () => page.locator('[data-testid="review-audio"]').evaluate((a) => a.currentTime),
    )
  expectTrue(Math.abs(audioAt - 3) < 0.1, `the audio plays from 0:03 too (${audioAt})`)
  await page.getByTestId('ab-version-2').click()
  await page.waitForSelector('[data-testid="review-wave"][data-version="2"][data-loaded="true"]')
  const onV2 = await playhead(page)
  expectTrue(Math.abs(onV2 - onV1) < 0.2, `the A/B switch keeps the playhead (${onV1} → ${onV2})`)
  const resolved = await page.getByTestId(`review-comment-${made.id}`).innerText()
  expectTrue(
    resolved.includes('Resolved in version 2'),
    `the customer sees it resolved (${resolved})`,
  )
  await page.screenshot({ path: path.join(screenshotDir, 'review-comments.png'), fullPage: true })

  await page.getByRole('button', { name: 'Approve version 2' }).click()
  await page.getByRole('dialog', { name: 'Approve version 2?' }).waitFor()
  await page.getByRole('button', { name: 'Yes, approve version 2' }).click()
  await waitForStatus(page, 'completed')
  customer.assertNoErrors()
  await customer.context.close()
}
