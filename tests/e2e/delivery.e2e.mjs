import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { PDFParse } from 'pdf-parse'

import { logIn } from './booking.e2e.mjs'
import { bookSanneWithScript, expectTrue, strictPage, toneWav } from './helpers.mjs'

/**
 * A short 16-bit mono WAV at 22.05 kHz: a soft two-tone hum, long enough to play and seek in. No
 * delivery spec accepts 22.05 kHz, so the technical check fails it.
 */
export const wav = (seconds = 4, sampleRate = 22_050) => {
  const samples = seconds * sampleRate
  const data = Buffer.alloc(samples * 2)
  for (let i = 0; i < samples; i++) {
    const t = i / sampleRate
    const v = 0.2 * Math.sin(2 * Math.PI * 220 * t) + 0.1 * Math.sin(2 * Math.PI * 330 * t)
    data.writeInt16LE(Math.round(v * 32_767), i * 2)
  }
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + data.length, 4)
  header.write('WAVE', 8)
  header.write('fmt ', 12)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(1, 22)
  header.writeUInt32LE(sampleRate, 24)
  header.writeUInt32LE(sampleRate * 2, 28)
  header.writeUInt16LE(2, 32)
  header.writeUInt16LE(16, 34)
  header.write('data', 36)
  header.writeUInt32LE(data.length, 40)
  return Buffer.concat([header, data])
}

/** Waits (up to 15 s) until the booking page shows `status` (its `data-status`, e.g. 'review'). */
export const waitForStatus = (page, status) =>
  page.waitForFunction(
    (want) =>
      document.querySelector('[data-testid="booking-status"]')?.getAttribute('data-status') ===
      want,
    status,
    { timeout: 15_000 },
  )

/**
 * As the artist on the booking page: uploads a WAV take that meets the commercial spec with `notes`
 * and waits for 'review' (the technical check runs in the server's job queue, then the page updates).
 */
export const deliver = async (page, notes) => {
  await page.getByLabel('Audio file').setInputFiles({
    name: 'take.wav',
    mimeType: 'audio/wav',
    buffer: toneWav(),
  })
  await page.getByLabel('Notes for the customer (optional)').fill(notes)
  await page.getByRole('button', { name: 'Deliver recording' }).click()
  await waitForStatus(page, 'review')
}

/**
 * Delivery journey: Sanne delivers a take, the customer plays and seeks in it and asks for a
 * revision, Sanne delivers version 2, the customer approves it and downloads the invoice PDF.
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const title = `Audiobook teaser ${Date.now()}`
  const customer = await strictPage(browser)
  const api = customer.page.request
  await logIn(customer.page, baseURL, {
    email: 'customer@14voices.local',
    password: 'customer-14voices',
    next: '/account/bookings',
  })
  // The booking itself is set up over the customer's own REST session (the booking journey covers
  // the form): a booking for Sanne with a script.
  const { bookingId, bookingUrl } = await bookSanneWithScript({
    api,
    baseURL,
    title,
    script: { name: 'teaser.txt', text: 'Chapter one. The rain had not stopped for three days.' },
  })

  // Sanne starts production and delivers version 1.
  const artist = await strictPage(browser)
  await logIn(artist.page, baseURL, {
    email: 'sanne@14voices.local',
    password: 'artist-14voices',
    next: `/account/bookings/${bookingId}`,
  })
  await artist.page.getByRole('button', { name: 'Start production' }).click()
  await waitForStatus(artist.page, 'in_production')
  await deliver(artist.page, 'First take, warm and unhurried.')

  // The customer plays version 1, seeks in it (Range request), and asks for a revision.
  const { page } = customer
  const ranges = []
  page.on('response', (res) => {
    if (res.url().includes('/api/deliverables/file/')) ranges.push(res.status())
  })
  await page.goto(bookingUrl)
  await waitForStatus(page, 'review')
  const audio = page.locator('[data-testid="version-1"] audio')
  await audio.evaluate((el) => el.play())
  await page.waitForFunction(
    () => {
      const el = document.querySelector('[data-testid="version-1"] audio')
      return el && !el.paused && el.currentTime > 0.2
    },
    undefined,
    { timeout: 15_000 },
  )
  await audio.evaluate((el) => {
    el.currentTime = 3
  })
  await page.waitForFunction(
    () => document.querySelector('[data-testid="version-1"] audio')?.currentTime >= 2.9,
    undefined,
    { timeout: 15_000 },
  )
  await audio.evaluate((el) => el.pause())
  expectTrue(ranges.includes(206), `the player streamed with Range requests (${ranges.join(',')})`)
  expectTrue(
    (await page.locator('[data-testid="version-1"]').innerText()).includes('First take'),
    'the artist’s notes are shown with the version',
  )
  await page.getByRole('button', { name: 'Request a revision' }).click()
  await page.getByLabel('What should change?').fill('A little slower in the second sentence.')
  await page.getByRole('button', { name: 'Send revision request' }).click()
  await waitForStatus(page, 'in_production')

  // Sanne delivers version 2.
  await artist.page.goto(bookingUrl)
  expectTrue(
    (await artist.page.locator('main').innerText()).includes('A little slower'),
    'the artist sees the revision notes',
  )
  await deliver(artist.page, 'Slower second sentence.')
  artist.assertNoErrors()
  await artist.context.close()

  // The customer approves version 2 and downloads the invoice once the queue has issued it.
  await page.goto(bookingUrl)
  await page.getByTestId('version-2').waitFor()
  await page.getByRole('button', { name: 'Approve version 2' }).click()
  await page.getByRole('dialog', { name: 'Approve version 2?' }).waitFor()
  await page.getByRole('button', { name: 'Yes, approve version 2' }).click()
  await waitForStatus(page, 'completed')
  const invoiceLink = page.getByRole('link', { name: 'Download invoice PDF' })
  for (let attempt = 0; attempt < 20 && !(await invoiceLink.count()); attempt++) {
    await page.waitForTimeout(1_000)
    await page.reload()
  }
  await page.screenshot({ path: path.join(screenshotDir, 'delivery-customer.png'), fullPage: true })
  const [download] = await Promise.all([page.waitForEvent('download'), invoiceLink.click()])
  const saved = path.join(screenshotDir, 'invoice.pdf')
  await download.saveAs(saved)
  const parser = new PDFParse({ data: new Uint8Array(await readFile(saved)) })
  const text = (await parser.getText()).text
  await parser.destroy()
  expectTrue(/14V-\d{4}-\d{4}/.test(text), 'the invoice PDF carries its number')
  expectTrue(text.includes(title), 'the invoice PDF names the booking')
  expectTrue(
    text.includes('FACTUUR') && text.includes('Factuur aan'),
    'the invoice PDF is in the customer’s language (Dutch)',
  )

  await page.goto(`${baseURL}/account/bookings`)
  expectTrue(
    (await page.getByRole('heading', { name: 'Invoices' }).count()) === 1,
    'the bookings page lists invoices',
  )

  // Every step was announced by email (the queue runs in the server): the outbox shows them all.
  const expected = [
    ['customer@14voices.local', `Je boeking is ontvangen: “${title}”`],
    ['customer@14voices.local', `Script ontvangen: “${title}”`],
    ['customer@14voices.local', `Opname gestart: “${title}”`],
    ['customer@14voices.local', `Versie 1 staat klaar: “${title}”`],
    ['customer@14voices.local', `Versie 2 staat klaar: “${title}”`],
    ['customer@14voices.local', `Afgerond: “${title}”`],
    ['customer@14voices.local', `Revisieverzoek ontvangen: “${title}”`],
    ['sanne@14voices.local', `Nieuw script klaar: “${title}”`],
    ['sanne@14voices.local', `Aanpassing gevraagd: “${title}”`],
    ['sanne@14voices.local', `Goedgekeurd: “${title}”`],
    ['staff@14voices.local', `Nieuwe boeking: “${title}”`],
  ]
  // The outbox holds every email, reset links included: only the agency's staff may read it.
  const staff = await strictPage(browser)
  const outbox = staff.page
  await logIn(outbox, baseURL, {
    email: 'admin@14voices.local',
    password: 'admin-14voices',
    next: '/dev/outbox',
  })
  const outboxRows = async () => {
    await outbox.goto(`${baseURL}/dev/outbox`)
    return outbox
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.querySelector('[data-label="To"]')?.textContent ?? '',
          r.querySelector('[data-label="Subject"] a')?.textContent ?? '',
        ]),
      )
  }
  let rows = []
  for (let attempt = 0; attempt < 20; attempt++) {
    rows = (await outboxRows()).filter(([, subject]) => subject.includes(title))
    if (rows.length >= expected.length) break
    await outbox.waitForTimeout(1_000)
  }
  // Subjects end with the booking number ("… [BK-2026-00016]"), compared apart from the wording.
  const reference = /\s\[BK-\d{4}-\d{5}\]$/
  expectTrue(
    rows.every(([, subject]) => reference.test(subject)),
    'every subject ends with the booking number',
  )
  const got = rows.map(([to, subject]) => `${to} | ${subject.replace(reference, '')}`).sort()
  const want = expected.map(([to, subject]) => `${to} | ${subject}`).sort()
  expectTrue(
    JSON.stringify(got) === JSON.stringify(want),
    `the outbox holds exactly the journey's emails:\n${got.join('\n')}`,
  )
  await outbox.getByRole('link', { name: `Afgerond: “${title}”` }).click()
  await outbox.locator('iframe[title="Email body"]').waitFor()
  await outbox.screenshot({ path: path.join(screenshotDir, 'outbox-email.png'), fullPage: true })
  const invoiceInMail = outbox
    .frameLocator('iframe[title="Email body"]')
    .getByRole('link', { name: 'Factuur downloaden (PDF)' })
  await invoiceInMail.waitFor({ timeout: 10_000 })
  expectTrue(
    (await invoiceInMail.getAttribute('href'))?.includes('/api/invoices/file/'),
    'the completion email links the invoice PDF',
  )

  customer.assertNoErrors()
  staff.assertNoErrors()
  await staff.context.close()
  await customer.context.close()
}
