import path from 'node:path'

import { logIn } from './booking.e2e.mjs'
import { deliver, waitForStatus } from './delivery.e2e.mjs'
import { bookSanneWithScript, expectTrue, strictPage } from './helpers.mjs'

/**
 * The Amsterdam calendar date twelve months after `now`, as the site writes dates in English
 * ("30 November 2027"): the licence term rule of `src/domain/licence.ts` (month-end clamped).
 */
const twelveMonthsOn = (now) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }).formatToParts(now)
  const get = (type) => Number(parts.find((p) => p.type === type).value)
  const year = get('year') + 1
  const month = get('month')
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate()
  // Twelve whole months: up to the day before the same date next year (its last day if it has none).
  const day = get('day') > lastDay ? lastDay : get('day') - 1
  const noon = new Date(Date.UTC(year, month - 1, day, 12))
  return new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(noon)
}

/**
 * Licence journey (issue 15, the end of the review journey): a booking for Sanne with a 12-month
 * online licence is delivered and approved; the customer's licences page then lists its usage
 * licence with its expiry date, and the REST API answers it to the customer.
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const title = `Licence spot ${Date.now()}`
  const customer = await strictPage(browser)
  const { page } = customer
  const api = page.request
  await logIn(page, baseURL, {
    email: 'customer@14voices.local',
    password: 'customer-14voices',
    next: '/account/bookings',
  })
  // The booking is set up over the customer's own REST session (the booking journey covers the form).
  const headers = { origin: baseURL }
  const { bookingId, reference, bookingUrl } = await bookSanneWithScript({
    api,
    baseURL,
    title,
    usage: { media: 'online', region: 'national', term: '12_months' },
    script: { name: 'spot.txt', text: 'Fresh coffee, every morning. Only at the corner café.' },
  })

  // Sanne records and delivers.
  const artist = await strictPage(browser)
  await logIn(artist.page, baseURL, {
    email: 'sanne@14voices.local',
    password: 'artist-14voices',
    next: `/account/bookings/${bookingId}`,
  })
  await artist.page.getByRole('button', { name: 'Start production' }).click()
  await waitForStatus(artist.page, 'in_production')
  await deliver(artist.page, 'Bright and friendly.')

  // The customer approves version 1: the booking completes and its licence starts.
  await page.goto(bookingUrl)
  await page.getByTestId('version-1').waitFor()
  await page.getByRole('button', { name: 'Approve version 1' }).click()
  await page.getByRole('dialog', { name: 'Approve version 1?' }).waitFor()
  await page.getByRole('button', { name: 'Yes, approve version 1' }).click()
  await waitForStatus(page, 'completed')
  const approvedAt = new Date()

  // The licences page lists it with its expiry date.
  await page.goto(`${baseURL}/account/bookings`)
  await page.getByRole('link', { name: 'My licences' }).click()
  await page.getByRole('heading', { name: 'My licences' }).waitFor()
  const row = page.locator('[data-testid="licence-table"] tbody tr', { hasText: title })
  await row.waitFor()
  const ends = await row.locator('[data-testid="licence-ends"]').innerText()
  const expected = twelveMonthsOn(approvedAt)
  expectTrue(ends.includes(expected), `the licence ends on ${expected} (shown: ${ends})`)
  expectTrue((await row.innerText()).includes('Online'), 'the licence shows its usage')
  // Renewing is a purchase: the button asks first, naming the price; going back buys nothing.
  await row.getByRole('button', { name: 'Renew' }).click()
  const confirm = page.getByRole('dialog', { name: 'Renew this licence?' })
  await confirm.waitFor()
  const asked = await confirm.innerText()
  expectTrue(
    asked.includes(title) && /Renew for €\s?\d/.test(asked),
    `the confirmation names the project and the price (${asked})`,
  )
  await page.screenshot({ path: path.join(screenshotDir, 'licences-customer.png'), fullPage: true })
  await confirm.getByRole('button', { name: 'Go back' }).click()
  await confirm.waitFor({ state: 'hidden' })

  // Payload takes the auth cookie only from a trusted origin (its CSRF rule): the header says ours.
  const answer = await api.get(
    `${baseURL}/api/licences?where[booking][equals]=${bookingId}&depth=0`,
    { headers },
  )
  const listed = await answer.json()
  expectTrue(
    listed.docs?.length === 1,
    `GET /api/licences answers the customer’s licence (${answer.status()} ${JSON.stringify(listed).slice(0, 300)})`,
  )
  expectTrue(listed.docs[0].status === 'active', 'the new licence is active')

  // Sanne sees the licence of her recording on her dashboard.
  await artist.page.goto(`${baseURL}/dashboard`)
  await artist.page
    .locator('[data-testid="artist-licences"] tbody tr', { hasText: title })
    .waitFor()
  artist.assertNoErrors()
  await artist.context.close()

  customer.assertNoErrors()
  await customer.context.close()

  // Staff: the admin's Licences list has the "expiring in the next 30 days" preset. This licence
  // runs a year, so it shows there only once an admin corrects its end to ten days from now.
  const licenceId = listed.docs[0].id
  const staff = await strictPage(browser)
  const admin = staff.page
  await admin.goto(`${baseURL}/admin`)
  await admin.waitForURL(/\/admin\/login/)
  await admin.getByLabel('Email').fill('admin@14voices.local')
  await admin.getByLabel('Password').fill('admin-14voices')
  await admin.getByRole('button', { name: 'Login' }).click()
  await admin.waitForURL((url) => url.pathname === '/admin')
  await admin.goto(`${baseURL}/admin/collections/licences`)
  await admin.getByRole('link', { name: reference }).first().waitFor()
  const expiringView = async () => {
    await admin.goto(`${baseURL}/admin/collections/licences`)
    await admin.getByRole('link', { name: 'Expiring in the next 30 days' }).click()
    await admin.waitForURL((url) => url.search.includes('endsAt'))
    await admin.getByRole('link', { name: 'All licences' }).waitFor()
    // The list settles on its filtered rows.
    await admin.waitForLoadState('networkidle')
    return admin.getByRole('link', { name: reference }).count()
  }
  expectTrue((await expiringView()) === 0, 'a licence ending in a year is not expiring soon')
  const corrected = await admin.request.patch(`${baseURL}/api/licences/${licenceId}`, {
    headers,
    data: { endsAt: new Date(Date.now() + 10 * 24 * 60 * 60 * 1000).toISOString() },
  })
  expectTrue(corrected.status() === 200, `an admin corrects the end (${corrected.status()})`)
  expectTrue((await expiringView()) >= 1, 'a licence ending in ten days is expiring soon')
  await admin.screenshot({ path: path.join(screenshotDir, 'licences-admin.png'), fullPage: true })
  staff.assertNoErrors()
  await staff.context.close()

  // The customer renews it after all (confirming this time): the old licence shows as renewed, and
  // the renewal's booking page says what it is instead of waiting for a script.
  const again = await strictPage(browser)
  await logIn(again.page, baseURL, {
    email: 'customer@14voices.local',
    password: 'customer-14voices',
    next: '/account/licences',
  })
  const licenceRow = again.page.locator('[data-testid="licence-table"] tbody tr', {
    hasText: title,
  })
  await licenceRow.first().getByRole('button', { name: 'Renew' }).click()
  await again.page
    .getByRole('dialog', { name: 'Renew this licence?' })
    .getByRole('button', { name: /^Renew for / })
    .click()
  await licenceRow.filter({ hasText: 'Renewed' }).waitFor()
  const renewals = await (
    await again.page.request.get(
      `${baseURL}/api/bookings?where[kind][equals]=renewal&where[projectTitle][equals]=${encodeURIComponent(title)}&depth=0`,
      { headers },
    )
  ).json()
  expectTrue(renewals.docs?.length === 1, `one renewal booking (${renewals.docs?.length})`)
  await again.page.goto(`${baseURL}/en/account/bookings/${renewals.docs[0].id}`)
  await again.page.getByTestId('renewal-panel').waitFor()
  expectTrue(
    (await again.page.getByText('Nothing delivered yet').count()) === 0,
    'a renewal does not wait for a recording',
  )
  again.assertNoErrors()
  await again.context.close()
}
