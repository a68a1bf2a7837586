import path from 'node:path'

import { logIn } from './booking.e2e.mjs'
import { waitForStatus } from './delivery.e2e.mjs'
import { expectTrue, strictPage } from './helpers.mjs'

/** A plain-text script of `words` words, each spoken as one word. */
const script = (words) => Buffer.from(`${Array.from({ length: words }, () => 'woord').join(' ')}.`)

/**
 * Script timing journey: a customer books a 30-second spot for 250 words and uploads a 400-word
 * script. The booking page shows the spoken count, the estimate and that it won't fit 30 seconds,
 * and the new price to confirm; the artist sees the count and that production waits; after the
 * customer confirms, the artist starts recording.
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const customer = await strictPage(browser)
  const api = customer.page.request
  await logIn(customer.page, baseURL, {
    email: 'customer@14voices.local',
    password: 'customer-14voices',
    next: '/account/bookings',
  })
  const headers = { origin: baseURL }
  const vo = await (
    await api.get(`${baseURL}/api/voiceovers?where[slug][equals]=sanne-de-vries&limit=1`)
  ).json()
  const created = await api.post(`${baseURL}/api/bookings`, {
    headers,
    data: {
      voiceover: vo.docs[0].id,
      projectTitle: `Radio spot ${Date.now()}`,
      projectType: 'commercial',
      wordCount: 250,
      targetSeconds: 30,
      termsAccepted: true,
    },
  })
  expectTrue(created.status() === 201, `booking created (${created.status()})`)
  const booking = (await created.json()).doc
  const uploaded = await api.post(`${baseURL}/api/scripts`, {
    headers,
    multipart: {
      booking: String(booking.id),
      file: { name: 'spot.txt', mimeType: 'text/plain', buffer: script(400) },
    },
  })
  expectTrue(uploaded.status() === 201, `script uploaded (${uploaded.status()})`)
  const stored = (await uploaded.json()).doc
  expectTrue(stored.wordCount === 400, `the REST answer carries wordCount (${stored.wordCount})`)
  expectTrue(
    typeof stored.estimatedSeconds === 'number' && stored.estimatedSeconds > 30,
    `the REST answer carries estimatedSeconds (${stored.estimatedSeconds})`,
  )
  const bookingUrl = `${baseURL}/account/bookings/${booking.id}`

  // The customer sees the count, the estimate, the warning and the new price.
  const { page } = customer
  await page.goto(bookingUrl)
  await page.getByTestId('script-timing').waitFor()
  expectTrue(
    (await page.getByTestId('spoken-word-count').innerText()).includes('400'),
    'the customer sees the spoken word count',
  )
  expectTrue(
    (await page.getByTestId('target-fit').innerText()).includes('will not fit'),
    'the customer is warned that the script will not fit 30 seconds',
  )
  const confirmation = page.getByTestId('word-count-confirmation')
  expectTrue(
    (await confirmation.innerText()).includes('The new price is'),
    'the customer sees the new price',
  )

  // The artist sees the count and that production waits for the customer (no price).
  const artist = await strictPage(browser)
  await logIn(artist.page, baseURL, {
    email: 'sanne@14voices.local',
    password: 'artist-14voices',
    next: `/account/bookings/${booking.id}`,
  })
  await artist.page.getByTestId('script-timing').waitFor()
  const artistView = await artist.page.getByTestId('script-timing').innerText()
  expectTrue(artistView.includes('400'), 'the artist sees the spoken word count')
  expectTrue(
    artistView.includes('the customer confirms the new price first') && !artistView.includes('€'),
    'the artist sees that production waits, without the price',
  )
  expectTrue(
    (await artist.page.getByRole('button', { name: 'Start production' }).count()) === 0,
    'the artist is not offered to start production before the customer confirms',
  )

  // The customer confirms; the artist starts recording.
  await page.getByTestId('confirm-word-count').click()
  await confirmation.waitFor({ state: 'detached', timeout: 15_000 })
  await page.screenshot({
    path: path.join(screenshotDir, 'wordcount-customer.png'),
    fullPage: true,
  })
  await artist.page.reload()
  await artist.page.getByRole('button', { name: 'Start production' }).click()
  await waitForStatus(artist.page, 'in_production')
  artist.assertNoErrors()
  await artist.context.close()
  customer.assertNoErrors()
  await customer.context.close()
}
