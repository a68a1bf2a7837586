import fs from 'node:fs'
import path from 'node:path'

import PDFDocument from 'pdfkit'

import { expectTrue, strictPage } from './helpers.mjs'

const scriptPdf = () =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument()
    const chunks = []
    doc.on('data', (c) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.text('SPOT 30s — “Fresh coffee, every morning.” Read warmly, smile in the voice.')
    doc.end()
  })

/** A sentence of the server's `errors` catalogue (src/i18n/messages/<locale>/errors.json). */
const serverSentence = (locale, dottedKey) => {
  const file = new URL(`../../src/i18n/messages/${locale}/errors.json`, import.meta.url)
  return dottedKey.split('.').reduce((tree, part) => tree[part], JSON.parse(fs.readFileSync(file)))
}

export const logIn = async (page, baseURL, { email, password, next }) => {
  await page.goto(`${baseURL}/login?next=${encodeURIComponent(next)}`)
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Log in' }).click()
  // Pages live under a language prefix (/en/dashboard); `next` may be written without one.
  await page.waitForURL((url) => url.pathname.replace(/^\/(nl|en)(?=\/|$)/, '') === next)
}

/**
 * Booking journey: a customer books Sanne through the multi-step form with a live quote, accepts the
 * terms of service and presses the binding "Book for €…" button, uploads the
 * script with a progress bar and sees the booking; Sanne opens the script from her dashboard and
 * starts production; another customer can neither see the booking nor download the script.
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const title = `Coffee spot ${Date.now()}`
  const customer = await strictPage(browser, { expected: [{ status: 415, path: '/api/scripts' }] })
  const { page } = customer
  // Not logged in yet: the booking page offers login and registration inline, then comes back.
  await page.goto(`${baseURL}/book/sanne-de-vries`)
  const login = page.getByRole('region', { name: 'I have an account' })
  expectTrue(
    (await page.getByRole('region', { name: 'I’m new here' }).count()) === 1,
    'registration is offered next to the login',
  )
  await login.getByLabel('Email').fill('customer@14voices.local')
  await login.getByLabel('Password').fill('customer-14voices')
  await login.getByRole('button', { name: 'Log in' }).click()

  await page.getByLabel('Project title').fill(title)
  await page.getByLabel('Project type').selectOption('commercial')
  await page.getByLabel('Estimated word count').fill('120')
  const total = page.getByTestId('quote-total')
  await total.waitFor()
  const onlinePrice = (await total.innerText()).trim()
  expectTrue(onlinePrice.includes('€'), `the quote shows a euro price (${onlinePrice})`)
  await page.getByRole('button', { name: 'Next: usage' }).click()

  await page.getByLabel('Where will it be used?').selectOption('tv')
  await page.waitForFunction(
    (before) => {
      const el = document.querySelector('[data-testid="quote-total"]')
      return el && el.textContent.trim() !== before
    },
    onlinePrice,
    { timeout: 10_000 },
  )
  const tvPrice = (await total.innerText()).trim()
  await page.screenshot({ path: path.join(screenshotDir, 'booking-form.png'), fullPage: true })
  await page.getByRole('button', { name: 'Next: review' }).click()
  expectTrue(
    (await page.locator('main').innerText()).includes(tvPrice),
    `the review shows the TV price ${tvPrice}`,
  )
  // Binding: the terms must be accepted first, and the button names the price it books for.
  const bookButton = page.getByRole('button', { name: `Book for ${tvPrice}` })
  await bookButton.click()
  await page.getByText('To book, tick “I accept the terms of service”.').waitFor()
  const termsLink = page.getByRole('link', { name: /terms of service/ })
  expectTrue(
    (await termsLink.getAttribute('target')) === '_blank' &&
      (await termsLink.getAttribute('href')) === '/en/terms',
    'the terms open in a new tab, in English',
  )
  await page.getByLabel('I accept the terms of service').check()
  await bookButton.click()

  // The progress bar may be on screen only briefly on loopback: watch for it from before the click.
  await page.evaluate(() => {
    window.__sawProgress = false
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="upload-progress"]')) window.__sawProgress = true
    }).observe(document.body, { childList: true, subtree: true })
  })
  // A web page named .pdf is refused, and the page shows the server's own sentence — in the
  // production bundle, where error class names are minified — in the customer's language (the demo
  // customer's account is Dutch).
  await page.getByLabel('Script file').setInputFiles({
    name: 'script.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('<!doctype html><html><body><p>Not a script</p></body></html>'),
  })
  await page.getByRole('button', { name: 'Upload script' }).click()
  await page.getByText(serverSentence('nl', 'script.html')).waitFor()
  const pdf = await scriptPdf()
  await page.getByLabel('Script file').setInputFiles({
    name: 'coffee-spot.pdf',
    mimeType: 'application/pdf',
    buffer: pdf,
  })
  await page.getByRole('button', { name: 'Upload script' }).click()
  // The confirmation shows the deadline as a time once the script is in.
  await page.getByTestId('confirmation-deadline').locator('time').waitFor()
  expectTrue(await page.evaluate(() => window.__sawProgress), 'an upload progress bar was shown')

  await page.getByRole('link', { name: 'View your booking' }).click()
  await page.waitForURL(/\/account\/bookings\/\d+$/)
  const bookingUrl = page.url()
  const status = page.getByTestId('booking-status')
  expectTrue(
    (await status.getAttribute('data-status')) === 'script_received',
    'the booking shows the script as received',
  )
  const scriptHref = await page.getByRole('link', { name: 'Download script' }).getAttribute('href')
  expectTrue(
    new URL(scriptHref ?? '', baseURL).pathname.startsWith('/api/scripts/file/'),
    `the script is linked through the access-checked file route (${scriptHref})`,
  )
  await page.screenshot({ path: path.join(screenshotDir, 'booking-customer.png'), fullPage: true })
  await page.goto(`${baseURL}/account/bookings`)
  expectTrue(
    (await page.locator('main').innerText()).includes(title),
    'the customer’s booking list shows the new booking',
  )
  customer.assertNoErrors()
  await customer.context.close()

  // The artist: dashboard → booking → open the script → start production.
  const artist = await strictPage(browser)
  await logIn(artist.page, baseURL, {
    email: 'sanne@14voices.local',
    password: 'artist-14voices',
    next: '/dashboard',
  })
  await artist.page.getByRole('link', { name: title }).click()
  await artist.page.waitForURL(bookingUrl)
  const [download] = await Promise.all([
    artist.page.waitForEvent('download'),
    artist.page.getByRole('link', { name: 'Download script' }).click(),
  ])
  const saved = path.join(screenshotDir, 'downloaded-script.pdf')
  await download.saveAs(saved)
  const { readFile } = await import('node:fs/promises')
  expectTrue(
    (await readFile(saved)).equals(pdf),
    'the artist downloads exactly the uploaded script',
  )
  await artist.page.getByRole('button', { name: 'Start production' }).click()
  await artist.page.waitForFunction(
    () =>
      document.querySelector('[data-testid="booking-status"]')?.getAttribute('data-status') ===
      'in_production',
    undefined,
    { timeout: 10_000 },
  )
  await artist.page.screenshot({
    path: path.join(screenshotDir, 'booking-artist.png'),
    fullPage: true,
  })
  artist.assertNoErrors()
  await artist.context.close()

  // Another customer: no booking page, no script.
  const other = await browser.newContext()
  const otherPage = await other.newPage()
  const email = `other-${Date.now()}@example.com`
  const created = await otherPage.request.post(`${baseURL}/api/users`, {
    data: { name: 'Other Customer', email, password: 'other-customer-1' },
  })
  expectTrue(created.ok(), `another customer registers (${created.status()})`)
  await logIn(otherPage, baseURL, {
    email,
    password: 'other-customer-1',
    next: '/account/bookings',
  })
  expectTrue(
    !(await otherPage.locator('main').innerText()).includes(title),
    'another customer’s list does not show the booking',
  )
  const page404 = await otherPage.goto(bookingUrl)
  expectTrue(
    page404?.status() === 404,
    `another customer gets 404 for the booking page (${page404?.status()})`,
  )
  const file = await otherPage.request.get(new URL(scriptHref ?? '', baseURL).href)
  expectTrue(
    file.status() === 403 || file.status() === 404,
    `another customer can't download the script (${file.status()})`,
  )
  await other.close()
}
