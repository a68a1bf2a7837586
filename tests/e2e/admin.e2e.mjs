import path from 'node:path'

import { expectTrue, strictPage } from './helpers.mjs'

/** A booking of the demo customer's, made through the REST API as an API client would. */
const newBooking = async (baseURL) => {
  const headers = { 'content-type': 'application/json', origin: baseURL }
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ email: 'customer@14voices.local', password: 'customer-14voices' }),
  })
  const { token } = await login.json()
  const voiceovers = await fetch(`${baseURL}/api/voiceovers?limit=1&depth=0&sort=name`)
  const voiceover = (await voiceovers.json()).docs[0].id
  const created = await fetch(`${baseURL}/api/bookings`, {
    method: 'POST',
    headers: { ...headers, authorization: `JWT ${token}` },
    body: JSON.stringify({
      voiceover,
      projectTitle: `Admin check ${Date.now()}`,
      projectType: 'commercial',
      termsAccepted: true,
      usage: { media: 'online', region: 'national', term: '12_months' },
      wordCount: 20,
    }),
  })
  expectTrue(created.status === 201, `the customer books (${created.status})`)
  return (await created.json()).doc
}

/**
 * Pages no other journey opens, under the Content-Security-Policy: registration and password reset,
 * then the admin panel — log in, the dashboard, the bookings list, one booking. Any CSP violation
 * (or other console error) fails it.
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const booking = await newBooking(baseURL)
  const { page, context, assertNoErrors } = await strictPage(browser)
  for (const pathname of ['/register', '/forgot-password']) {
    await page.goto(`${baseURL}${pathname}`)
    await page.locator('form').first().waitFor()
  }

  await page.goto(`${baseURL}/admin`)
  await page.waitForURL(/\/admin\/login/)
  await page.getByLabel('Email').fill('admin@14voices.local')
  await page.getByLabel('Password').fill('admin-14voices')
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL((url) => url.pathname === '/admin')
  await page.getByRole('link', { name: 'Bookings' }).first().waitFor()

  await page.goto(`${baseURL}/admin/collections/bookings`)
  const row = page.getByRole('link', { name: booking.projectTitle })
  await row.first().waitFor()
  await page.screenshot({ path: path.join(screenshotDir, 'admin-list.png'), fullPage: true })
  await row.first().click()
  await page.waitForURL((url) => url.pathname === `/admin/collections/bookings/${booking.id}`)
  await page.getByText(booking.projectTitle).first().waitFor()
  // The quote breakdown is a table in euros, not Monaco's JSON editor (which loads from a CDN).
  await page.locator('.quote-breakdown table').first().waitFor()
  await page.screenshot({ path: path.join(screenshotDir, 'admin-booking.png'), fullPage: true })
  assertNoErrors()
  await context.close()
}
