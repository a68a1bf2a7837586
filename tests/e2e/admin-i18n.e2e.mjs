import path from 'node:path'

import { expectTrue, strictPage } from './helpers.mjs'

const json = (baseURL, token) => ({
  'content-type': 'application/json',
  origin: baseURL,
  ...(token ? { authorization: `JWT ${token}` } : {}),
})

const login = async (baseURL, email, password) => {
  const res = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: json(baseURL),
    body: JSON.stringify({ email, password }),
  })
  return (await res.json()).token
}

/**
 * A booking of the demo customer's whose quoted and final price the agency set to € 437,50,
 * through the REST API.
 */
const bookingAt43750 = async (baseURL) => {
  const customer = await login(baseURL, 'customer@14voices.local', 'customer-14voices')
  const voiceovers = await fetch(`${baseURL}/api/voiceovers?limit=1&depth=0&sort=name`)
  const voiceover = (await voiceovers.json()).docs[0].id
  const created = await fetch(`${baseURL}/api/bookings`, {
    method: 'POST',
    headers: json(baseURL, customer),
    body: JSON.stringify({
      voiceover,
      projectTitle: `Admin in het Nederlands ${Date.now()}`,
      projectType: 'commercial',
      termsAccepted: true,
      usage: { media: 'online', region: 'national', term: '12_months' },
      wordCount: 20,
    }),
  })
  expectTrue(created.status === 201, `the customer books (${created.status})`)
  const booking = (await created.json()).doc
  const admin = await login(baseURL, 'admin@14voices.local', 'admin-14voices')
  const priced = await fetch(`${baseURL}/api/bookings/${booking.id}`, {
    method: 'PATCH',
    headers: json(baseURL, admin),
    body: JSON.stringify({ quotedPrice: 43_750, finalPrice: 43_750 }),
  })
  expectTrue(priced.status === 200, `the agency sets the price (${priced.status})`)
  return booking
}

/**
 * The admin panel in Dutch: Payload's own words and the project's (collection names, statuses),
 * money in euros with a decimal comma in the list and in the edit form, the quote as a table, and a
 * Dutch sentence for an amount with three decimals. The seeded admin works in English, so the
 * Dutch choice is made the way Payload remembers it: its `payload-lng` cookie.
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const booking = await bookingAt43750(baseURL)
  const { page, context, assertNoErrors } = await strictPage(browser)

  await page.goto(`${baseURL}/admin`)
  await page.waitForURL(/\/admin\/login/)
  await page.getByLabel('Email').fill('admin@14voices.local')
  await page.getByLabel('Password').fill('admin-14voices')
  await page.getByRole('button', { name: 'Login' }).click()
  await page.waitForURL((url) => url.pathname === '/admin')
  await context.addCookies([{ name: 'payload-lng', value: 'nl', url: baseURL }])
  await page.goto(`${baseURL}/admin`)
  await page.getByRole('link', { name: 'Boekingen' }).first().waitFor()

  await page.goto(`${baseURL}/admin/collections/bookings`)
  await page.getByRole('heading', { name: 'Boekingen' }).first().waitFor()
  const row = page.locator('tr', { hasText: booking.projectTitle })
  await row.first().waitFor()
  // Intl writes a no-break space after the euro sign in Dutch.
  await row.getByText('€\u00a0437,50').first().waitFor()
  await row.getByText('Wacht op script').first().waitFor()
  await page.screenshot({ path: path.join(screenshotDir, 'admin-nl-list.png'), fullPage: true })

  await page.goto(`${baseURL}/admin/collections/bookings/${booking.id}`)
  const finalPrice = page.locator('#field-finalPrice')
  await finalPrice.waitFor()
  const shown = await finalPrice.inputValue()
  expectTrue(shown === '437,50', `the final price is edited in euros (${shown})`)
  expectTrue(
    await page.locator('#field-quotedPrice').isDisabled(),
    'the quoted price (read-only) cannot be edited',
  )
  await page.locator('.quote-breakdown table').getByText('Stemtarief').waitFor()
  await finalPrice.fill('437,505')
  await page.getByText('Een bedrag heeft hoogstens twee decimalen').first().waitFor()
  await page.screenshot({ path: path.join(screenshotDir, 'admin-nl-booking.png'), fullPage: true })
  assertNoErrors()
  await context.close()
}
