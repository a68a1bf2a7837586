import path from 'node:path'

import { logIn } from './booking.e2e.mjs'
import { deliver, waitForStatus } from './delivery.e2e.mjs'
import { expectTrue, strictPage, toneWav, waitForPublished } from './helpers.mjs'

/** The number of changed bookings the header's badge shows (0 when there is no badge). */
const badgeCount = async (page) => {
  const el = page.getByTestId('activity-changes')
  return (await el.count()) ? Number(await el.first().innerText()) : 0
}

/** Waits (up to `ms`) until `check()` is true; returns the milliseconds it took. */
const within = async (ms, check, message) => {
  const start = Date.now()
  while (Date.now() - start < ms) {
    if (await check()) return Date.now() - start
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  throw new Error(`${message} (not within ${ms / 1000} s)`)
}

/**
 * Pages that update themselves: the customer keeps the booking open while Sanne (another browser)
 * starts production and delivers — the header's badge counts Sanne's change and clears when the
 * customer opens the booking; version 1 appears on the open page without a reload; a half-typed
 * revision note survives a new delivery (a "changed — refresh" banner instead of a refresh); after
 * the approval the invoice the queue issues appears without a reload. Prints how long each took.
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const title = `Live radio spot ${Date.now()}`
  const customer = await strictPage(browser)
  const { page } = customer
  const api = page.request
  await logIn(page, baseURL, {
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
      projectTitle: title,
      projectType: 'commercial',
      termsAccepted: true,
    },
  })
  expectTrue(created.status() === 201, `booking created (${created.status()})`)
  const bookingId = (await created.json()).doc.id
  const script = await api.post(`${baseURL}/api/scripts`, {
    headers,
    multipart: {
      booking: String(bookingId),
      file: { name: 'spot.txt', mimeType: 'text/plain', buffer: Buffer.from('Fresh coffee.') },
    },
  })
  expectTrue(script.status() === 201, `script uploaded (${script.status()})`)
  const bookingUrl = `${baseURL}/account/bookings/${bookingId}`

  // The customer's own booking and script don't count as unread.
  await page.goto(`${baseURL}/account/bookings`)
  await page.waitForTimeout(3_500)
  const before = await badgeCount(page)

  // Sanne starts production: the customer's header counts it without a reload…
  const artist = await strictPage(browser)
  await logIn(artist.page, baseURL, {
    email: 'sanne@14voices.local',
    password: 'artist-14voices',
    next: `/account/bookings/${bookingId}`,
  })
  await artist.page.getByRole('button', { name: 'Start production' }).click()
  await waitForStatus(artist.page, 'in_production')
  const badgeMs = await within(
    15_000,
    async () => (await badgeCount(page)) === before + 1,
    `the header's badge counts Sanne's change (${before} before)`,
  )
  await page.screenshot({ path: path.join(screenshotDir, 'live-badge.png') })
  // …and it clears once the customer opened the booking.
  await page.goto(bookingUrl)
  await waitForStatus(page, 'in_production')
  await within(10_000, async () => (await badgeCount(page)) === before, 'the badge clears')

  // Sanne delivers version 1: the customer's open page shows it without a reload.
  // A mark on the window survives only if the document is never reloaded (Next's router.refresh
  // rewrites the history entry, so counting navigation events would count the refreshes too).
  await page.evaluate(() => {
    window.__samePage = true
  })
  const delivered = Date.now()
  await deliver(artist.page, 'First take.')
  await page.getByTestId('version-1').waitFor({ timeout: 15_000 })
  const versionMs = Date.now() - delivered
  await waitForStatus(page, 'review')
  expectTrue(
    (await page.getByTestId('live-note').innerText()).includes('new version'),
    `the live region says a new version was delivered (“${await page.getByTestId('live-note').innerText()}”)`,
  )

  // A half-typed revision note survives a change: a banner offers the refresh instead.
  await page.getByRole('button', { name: 'Request a revision' }).click()
  const note = 'Could the second sentence be a little'
  await page.getByLabel('What should change?').fill(note)
  const second = await artist.page.request.post(`${baseURL}/api/deliverables`, {
    headers,
    multipart: {
      booking: String(bookingId),
      notes: 'An alternative take.',
      file: { name: 'take2.wav', mimeType: 'audio/wav', buffer: toneWav() },
    },
  })
  expectTrue(second.status() === 201, `version 2 delivered over the API (${second.status()})`)
  await waitForPublished(artist.page.request, baseURL, (await second.json()).doc.id)
  await page.getByTestId('live-banner').waitFor({ timeout: 15_000 })
  expectTrue(
    (await page.getByLabel('What should change?').inputValue()) === note,
    'the half-typed note is still there',
  )
  expectTrue((await page.getByTestId('version-2').count()) === 0, 'no refresh while typing')
  await page.screenshot({ path: path.join(screenshotDir, 'live-banner.png') })
  await page.getByTestId('live-banner').getByRole('button', { name: 'Refresh' }).click()
  await page.getByTestId('version-2').waitFor({ timeout: 15_000 })

  // The customer approves version 2; the queue issues the invoice and it appears on the open page.
  const approved = Date.now()
  await page.getByRole('button', { name: 'Approve version 2' }).click()
  await page.getByRole('button', { name: 'Yes, approve version 2' }).click()
  await waitForStatus(page, 'completed')
  await page.getByRole('link', { name: 'Download invoice PDF' }).waitFor({ timeout: 90_000 })
  const invoiceMs = Date.now() - approved
  expectTrue(await page.evaluate(() => window.__samePage === true), 'the page was never reloaded')
  await page.screenshot({ path: path.join(screenshotDir, 'live-invoice.png'), fullPage: true })

  console.log(
    `live: badge counted the change after ${badgeMs} ms; version 1 on the open page ${versionMs} ms after the artist pressed Deliver (incl. upload); invoice on the open page ${invoiceMs} ms after Approve (incl. the queue)`,
  )
  customer.assertNoErrors()
  artist.assertNoErrors()
  await artist.context.close()
  await customer.context.close()
}
