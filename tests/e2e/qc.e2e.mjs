import path from 'node:path'

import { logIn } from './booking.e2e.mjs'
import { waitForStatus, wav } from './delivery.e2e.mjs'
import { bookSanneWithScript, expectTrue, strictPage, toneWav } from './helpers.mjs'

/** Waits (up to 20 s) until version `version` on the page shows the technical check's `status`. */
const waitForCheck = (page, version, status) =>
  page
    .locator(`[data-testid="version-${version}-qc"][data-qc-status="${status}"]`)
    .waitFor({ timeout: 20_000 })

/**
 * Technical QC journey (issue 15): Sanne uploads a take at 22.05 kHz; seconds later her booking page
 * shows the check failed, with the measured values and each problem, and the customer sees nothing
 * delivered. She replaces it with a take that meets the spec; the check passes, the booking moves to
 * review, and the customer sees version 2 with the "technical check passed" badge and its values —
 * never the failed version 1.
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const title = `QC teaser ${Date.now()}`
  const customer = await strictPage(browser)
  const api = customer.page.request
  await logIn(customer.page, baseURL, {
    email: 'customer@14voices.local',
    password: 'customer-14voices',
    next: '/account/bookings',
  })
  const { bookingId, bookingUrl } = await bookSanneWithScript({
    api,
    baseURL,
    title,
    script: { name: 'spot.txt', text: 'Zomer. Nu.' },
  })

  // Sanne starts production and uploads a take at 22.05 kHz, 16-bit: the check fails it.
  const artist = await strictPage(browser)
  const { page: artistPage } = artist
  await logIn(artistPage, baseURL, {
    email: 'sanne@14voices.local',
    password: 'artist-14voices',
    next: `/account/bookings/${bookingId}`,
  })
  await artistPage.getByRole('button', { name: 'Start production' }).click()
  await waitForStatus(artistPage, 'in_production')
  await artistPage.getByLabel('Audio file').setInputFiles({
    name: 'take.wav',
    mimeType: 'audio/wav',
    buffer: wav(),
  })
  await artistPage.getByRole('button', { name: 'Deliver recording' }).click()
  await waitForCheck(artistPage, 1, 'failed')
  const report = await artistPage.getByTestId('version-1-qc').innerText()
  expectTrue(
    report.includes('Technical check failed'),
    `the artist sees the failed check (${report})`,
  )
  expectTrue(
    report.includes('The sample rate is 22.05 kHz; the spec asks for 48 kHz.'),
    `the sample-rate problem is a sentence (${report})`,
  )
  expectTrue(report.includes('LUFS'), `the report shows the loudness in LUFS (${report})`)
  await artistPage.screenshot({ path: path.join(screenshotDir, 'qc-failed.png'), fullPage: true })

  // The customer sees nothing delivered, and the booking is still being recorded.
  const { page } = customer
  await page.goto(bookingUrl)
  await waitForStatus(page, 'in_production')
  expectTrue((await page.getByTestId('version-1').count()) === 0, 'the failed take is hidden')

  // Sanne replaces it with a take that meets the spec; the check passes and the booking moves on.
  await artistPage.getByLabel('Audio file').setInputFiles({
    name: 'take-48k.wav',
    mimeType: 'audio/wav',
    buffer: toneWav(),
  })
  await artistPage.getByRole('button', { name: 'Deliver recording' }).click()
  await waitForCheck(artistPage, 2, 'passed')
  await waitForStatus(artistPage, 'review')
  artist.assertNoErrors()
  await artist.context.close()

  // The customer sees version 2 with the passed badge and its values, and still no version 1.
  await page.goto(bookingUrl)
  await waitForStatus(page, 'review')
  const seen = await page.getByTestId('version-2-qc').innerText()
  expectTrue(seen.includes('Technical check passed'), `the customer sees the badge (${seen})`)
  expectTrue(seen.includes('Sample rate: 48,000 Hz'), `the customer sees the values (${seen})`)
  expectTrue((await page.getByTestId('version-1').count()) === 0, 'version 1 stays hidden')
  await page.screenshot({ path: path.join(screenshotDir, 'qc-passed.png'), fullPage: true })
  customer.assertNoErrors()
  await customer.context.close()
}
