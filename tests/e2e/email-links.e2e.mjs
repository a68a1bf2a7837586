import path from 'node:path'

import { logIn } from './booking.e2e.mjs'
import { expectTrue, strictPage, toneWav, waitForPublished } from './helpers.mjs'

const CUSTOMER = { email: 'customer@14voices.local', password: 'customer-14voices' }
const ARTIST = { email: 'sanne@14voices.local', password: 'artist-14voices' }
const ADMIN = { email: 'admin@14voices.local', password: 'admin-14voices' }

/** A REST session of its own (cookie in its own browser context), for setting the journey up. */
const apiAs = async (browser, baseURL, { email, password }) => {
  const context = await browser.newContext()
  const res = await context.request.post(`${baseURL}/api/users/login`, {
    headers: { origin: baseURL },
    data: { email, password },
  })
  expectTrue(res.status() === 200, `${email} logs in over REST (${res.status()})`)
  return { request: context.request, close: () => context.close() }
}

/** Every link in an email of the outbox (as the admin sees it), by the email's subject. */
const linksOfEmail = async (outbox, baseURL, subject) => {
  for (let attempt = 0; attempt < 30; attempt++) {
    await outbox.goto(`${baseURL}/dev/outbox`)
    // Subjects end with the booking number ("… [BK-2026-00016]").
    const link = outbox.getByRole('link', { name: subject })
    if ((await link.count()) > 0) {
      await link.first().click()
      const body = outbox.frameLocator('iframe[title]')
      await body.locator('a').first().waitFor({ timeout: 10_000 })
      return body
        .locator('a')
        .evaluateAll((anchors) =>
          anchors.map((a) => ({ text: a.textContent?.trim() ?? '', href: a.getAttribute('href') })),
        )
    }
    await outbox.waitForTimeout(1_000)
  }
  throw new Error(`no email “${subject}” in the outbox`)
}

/**
 * Opens `href` in a fresh, logged-out browser: it must land on the login page in `locale`, with a
 * `next`; logging in there as `who` must land on `expectPath` (a path with its language prefix).
 * Returns the page (still open) for further checks.
 */
const followLoggedOut = async ({ browser, href, locale, who, expectPath }) => {
  const visitor = await strictPage(browser)
  const { page } = visitor
  await page.goto(href)
  const login = new URL(page.url())
  expectTrue(
    login.pathname === `/${locale}/login` && login.searchParams.get('next'),
    `${href} opened logged out leads to /${locale}/login?next=… (got ${page.url()})`,
  )
  await page.locator('input[name="email"]').fill(who.email)
  await page.locator('input[name="password"]').fill(who.password)
  await page.locator('form button[type="submit"]').click()
  await page.waitForURL((url) => url.pathname === expectPath, { timeout: 15_000 })
  return visitor
}

/**
 * Email links journey (issue 13): every link in a real email — the customer's completion email with
 * its invoice link, the artist's new-script email with the booking and dashboard — opened in a fresh
 * logged-out browser leads to the login page in the recipient's language and, after logging in, to
 * the right page; the invoice link ends on the booking page with the invoice listed. Someone logged
 * in with another account gets "this booking belongs to another account", logs out and in, and
 * lands on the booking.
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const title = `Winterspot ${Date.now()}`
  const headers = { origin: baseURL }

  // Set-up over REST: the demo customer books Sanne with a script, Sanne delivers, the customer approves.
  const customerApi = await apiAs(browser, baseURL, CUSTOMER)
  const vo = await (
    await customerApi.request.get(
      `${baseURL}/api/voiceovers?where[slug][equals]=sanne-de-vries&limit=1`,
    )
  ).json()
  const created = await customerApi.request.post(`${baseURL}/api/bookings`, {
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
  const script = await customerApi.request.post(`${baseURL}/api/scripts`, {
    headers,
    multipart: {
      booking: String(bookingId),
      file: { name: 'winter.txt', mimeType: 'text/plain', buffer: Buffer.from('Het sneeuwt.') },
    },
  })
  expectTrue(script.status() === 201, `script uploaded (${script.status()})`)
  const artistApi = await apiAs(browser, baseURL, ARTIST)
  const started = await artistApi.request.post(`${baseURL}/api/bookings/${bookingId}/transition`, {
    headers,
    data: { to: 'in_production' },
  })
  expectTrue(started.status() === 200, `production started (${started.status()})`)
  const delivered = await artistApi.request.post(`${baseURL}/api/deliverables`, {
    headers,
    multipart: {
      booking: String(bookingId),
      file: { name: 'take.wav', mimeType: 'audio/wav', buffer: toneWav() },
    },
  })
  expectTrue(delivered.status() === 201, `version 1 delivered (${delivered.status()})`)
  // The customer sees it once the technical check (a job) passed it.
  await waitForPublished(artistApi.request, baseURL, (await delivered.json()).doc.id)
  const approved = await customerApi.request.patch(
    `${baseURL}/api/deliverables/${(await delivered.json()).doc.id}`,
    { headers, data: { decision: 'approved' } },
  )
  expectTrue(approved.status() === 200, `version 1 approved (${approved.status()})`)
  await customerApi.close()
  await artistApi.close()

  // The emails, as the agency's staff read them in the outbox.
  const staff = await strictPage(browser)
  await logIn(staff.page, baseURL, { ...ADMIN, next: '/dev/outbox' })
  // The demo customer and Sanne read Dutch: the links carry /nl.
  const completion = await linksOfEmail(staff.page, baseURL, `Afgerond: “${title}”`)
  const newScript = await linksOfEmail(staff.page, baseURL, `Nieuw script klaar: “${title}”`)
  staff.assertNoErrors()
  await staff.context.close()

  const bookingPath = `/nl/account/bookings/${bookingId}`
  const isSite = (href) => href?.startsWith(baseURL)
  const footer = (href) => /\/(terms|privacy|contact)$/.test(new URL(href).pathname)

  // The customer's completion email: the booking button and the invoice link.
  const customerLinks = completion.filter((l) => isSite(l.href) && !footer(l.href))
  const invoiceLink = customerLinks.find((l) => l.href.includes('/api/invoices/file/'))
  expectTrue(invoiceLink, `the completion email links the invoice: ${JSON.stringify(completion)}`)
  expectTrue(customerLinks.length >= 2, `the completion email has the booking and invoice links`)
  for (const link of customerLinks) {
    const visitor = await followLoggedOut({
      browser,
      href: link.href,
      locale: 'nl',
      who: CUSTOMER,
      expectPath: bookingPath,
    })
    await visitor.page.getByRole('heading', { name: title, level: 1 }).waitFor()
    if (link === invoiceLink) {
      const invoices = await visitor.page.locator('.invoice-list').innerText()
      expectTrue(/14V-\d{4}-\d{4}/.test(invoices), `the invoice is listed:\n${invoices}`)
      const download = visitor.page.locator('.invoice-list a[download]').first()
      const name = await download.getAttribute('download')
      expectTrue(
        /^14V-\d{4}-\d{4} - Winterspot \d+\.pdf$/.test(name ?? ''),
        `the invoice downloads as “<number> - <project>.pdf” (${name})`,
      )
      await visitor.page.screenshot({
        path: path.join(screenshotDir, 'email-links-invoice.png'),
        fullPage: true,
      })
    }
    visitor.assertNoErrors()
    await visitor.context.close()
  }

  // Footer links are public pages: they open without logging in.
  for (const link of completion.filter((l) => isSite(l.href) && footer(l.href))) {
    const visitor = await strictPage(browser)
    await visitor.page.goto(link.href)
    expectTrue(
      new URL(visitor.page.url()).pathname === new URL(link.href).pathname,
      `${link.href} opens without logging in`,
    )
    visitor.assertNoErrors()
    await visitor.context.close()
  }

  // Sanne's new-script email: the booking page and her dashboard, through login.
  const artistLinks = newScript.filter((l) => isSite(l.href) && !footer(l.href))
  const dashboardLink = artistLinks.find((l) => new URL(l.href).pathname === '/nl/dashboard')
  expectTrue(dashboardLink, `the artist’s email links the dashboard: ${JSON.stringify(newScript)}`)
  for (const link of artistLinks) {
    const expectPath = link === dashboardLink ? '/nl/dashboard' : bookingPath
    const visitor = await followLoggedOut({
      browser,
      href: link.href,
      locale: 'nl',
      who: ARTIST,
      expectPath,
    })
    visitor.assertNoErrors()
    await visitor.context.close()
  }

  // Logged in as someone else: a clear page, then log out and in with the right account.
  const other = await strictPage(browser)
  const email = `other-${Date.now()}@example.com`
  const registered = await other.page.request.post(`${baseURL}/api/users`, {
    headers,
    data: { email, password: 'Other-account-pass-1', name: 'Other', locale: 'nl' },
  })
  expectTrue(registered.status() === 201, `another customer registers (${registered.status()})`)
  const loggedIn = await other.page.request.post(`${baseURL}/api/users/login`, {
    headers,
    data: { email, password: 'Other-account-pass-1' },
  })
  expectTrue(loggedIn.status() === 200, `the other customer logs in (${loggedIn.status()})`)
  const bookingLink = customerLinks.find((l) => l !== invoiceLink)
  await other.page.goto(bookingLink.href)
  const notice = other.page.getByTestId('other-account')
  await notice.waitFor()
  expectTrue((await notice.innerText()).includes(email), 'the page says which account is logged in')
  await other.page.screenshot({
    path: path.join(screenshotDir, 'email-links-other-account.png'),
    fullPage: true,
  })
  await notice.getByRole('button').click()
  await other.page.waitForURL((url) => url.pathname === '/nl/login', { timeout: 15_000 })
  await other.page.locator('input[name="email"]').fill(CUSTOMER.email)
  await other.page.locator('input[name="password"]').fill(CUSTOMER.password)
  await other.page.locator('form button[type="submit"]').click()
  await other.page.waitForURL((url) => url.pathname === bookingPath, { timeout: 15_000 })
  other.assertNoErrors()
  await other.context.close()
}
