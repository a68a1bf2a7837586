import { logIn } from './booking.e2e.mjs'
import { expectTrue, strictPage, toneWav, waitForPublished } from './helpers.mjs'

const euro = (cents) =>
  new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(cents / 100)

const ok = async (res, what, status = [200, 201]) => {
  expectTrue(status.includes(res.status()), `${what}: ${res.status()} ${await res.text()}`)
  return res.json()
}

/** The booking ids of the table's rows, top to bottom, with their flags. */
const rowsOf = (page) =>
  page.locator('table.booking-table tbody tr').evaluateAll((rows) =>
    rows.map((r) => ({
      id: Number(r.getAttribute('data-booking')),
      flags: r.getAttribute('data-flags') ?? '',
      text: r.textContent ?? '',
    })),
  )

/**
 * Lists journey (issue 13): Thomas's dashboard puts an overdue and a revision-requested booking
 * first, flagged in words, with his fee and never the customer's price; a customer with 23 bookings
 * pages through them and filters by status and title — also without JavaScript (plain GET forms).
 * Everything is set up through the REST API: an admin books on the customer's behalf (exempt from
 * the booking quota), the customer uploads scripts and asks for a revision, Thomas starts and delivers.
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const stamp = Date.now()
  const headers = { origin: baseURL }

  // The admin: a fresh customer (so the counts are exact) and 23 bookings for them with Thomas.
  const admin = await strictPage(browser)
  await logIn(admin.page, baseURL, {
    email: 'admin@14voices.local',
    password: 'admin-14voices',
    next: '/account/bookings',
  })
  const adminApi = admin.page.request
  const email = `lists-${stamp}@test.local`
  const password = 'Lists-journey-23'
  const customerDoc = (
    await ok(
      await adminApi.post(`${baseURL}/api/users`, {
        headers,
        data: {
          email,
          password,
          name: 'Lotte Lijst',
          role: 'customer',
          locale: 'en',
          // Bookings need complete billing details first (issue 13: billing before binding).
          billing: {
            customerType: 'business',
            company: 'Lijst & Co',
            address: 'Keizersgracht 1\n1015 CJ Amsterdam',
            country: 'NL',
          },
        },
      }),
      'customer created',
    )
  ).doc
  const thomas = (
    await ok(
      await adminApi.get(`${baseURL}/api/voiceovers?where[slug][equals]=thomas-peeters&limit=1`),
      'Thomas found',
    )
  ).docs[0]
  const ids = []
  for (let i = 1; i <= 23; i++) {
    const title = i <= 4 ? `Lists ${stamp} Harbour ${i}` : `Lists ${stamp} Spot ${i}`
    const made = await ok(
      await adminApi.post(`${baseURL}/api/bookings`, {
        headers,
        data: {
          voiceover: thomas.id,
          customer: customerDoc.id,
          projectTitle: title,
          projectType: 'commercial',
          wordCount: 120 + i,
        },
      }),
      `booking ${i}`,
    )
    ids.push(made.doc.id)
  }
  const [overdueId, revisionId, laterId, cancelA, cancelB] = ids

  // The customer uploads scripts for three bookings and cancels two others.
  const customer = await strictPage(browser)
  await logIn(customer.page, baseURL, { email, password, next: '/account/bookings' })
  const customerApi = customer.page.request
  for (const id of [overdueId, revisionId, laterId]) {
    await ok(
      await customerApi.post(`${baseURL}/api/scripts`, {
        headers,
        multipart: {
          booking: String(id),
          file: { name: 'script.txt', mimeType: 'text/plain', buffer: Buffer.from('Hello.') },
        },
      }),
      `script for ${id}`,
    )
  }
  for (const id of [cancelA, cancelB]) {
    await ok(
      await customerApi.post(`${baseURL}/api/bookings/${id}/transition`, {
        headers,
        data: { to: 'cancelled', reason: 'Plans changed.' },
      }),
      `cancel ${id}`,
    )
  }

  // Thomas starts all three, delivers one; the customer asks for a revision of it.
  const artist = await strictPage(browser)
  await logIn(artist.page, baseURL, {
    email: 'thomas@14voices.local',
    password: 'artist-14voices',
    next: '/dashboard',
  })
  const artistApi = artist.page.request
  for (const id of [overdueId, revisionId, laterId]) {
    await ok(
      await artistApi.post(`${baseURL}/api/bookings/${id}/transition`, {
        headers,
        data: { to: 'in_production' },
      }),
      `start ${id}`,
    )
  }
  const delivery = await ok(
    await artistApi.post(`${baseURL}/api/deliverables`, {
      headers,
      multipart: {
        booking: String(revisionId),
        notes: 'First take.',
        file: { name: 'take.wav', mimeType: 'audio/wav', buffer: toneWav() },
      },
    }),
    'delivery',
  )
  // The customer decides once the technical check (a job) passed the take.
  await waitForPublished(artistApi, baseURL, delivery.doc.id)
  await ok(
    await customerApi.patch(`${baseURL}/api/deliverables/${delivery.doc.id}`, {
      headers,
      data: { decision: 'revision_requested', decisionNotes: 'A little slower, please.' },
    }),
    'revision requested',
  )
  // Deadlines as the agency set them: one passed an hour ago, the revision due soonest after it.
  const hour = 60 * 60 * 1000
  const setDeadline = async (id, at) =>
    ok(
      await adminApi.patch(`${baseURL}/api/bookings/${id}`, {
        headers,
        data: { deadline: new Date(at).toISOString() },
      }),
      `deadline of ${id}`,
    )
  await setDeadline(overdueId, stamp - hour)
  await setDeadline(revisionId, stamp + 2 * hour)
  await setDeadline(laterId, stamp + 48 * hour)

  // Thomas's dashboard: overdue first, then the revision, each flagged in words.
  const { page: artistPage } = artist
  await artistPage.goto(`${baseURL}/en/dashboard`)
  const rows = await rowsOf(artistPage)
  expectTrue(
    rows[0]?.id === overdueId && rows[1]?.id === revisionId && rows[2]?.id === laterId,
    `dashboard order by deadline: ${JSON.stringify(rows.slice(0, 3).map((r) => r.id))}`,
  )
  expectTrue(
    rows[0].flags.includes('overdue') && rows[0].text.includes('Overdue'),
    'the overdue booking is flagged "Overdue"',
  )
  expectTrue(
    rows[1].flags.includes('revision') && rows[1].text.includes('Revision requested'),
    'the revision is flagged "Revision requested"',
  )
  // His fee, not the customer's price: the admin reads the price and the share.
  const priced = await ok(
    await adminApi.get(`${baseURL}/api/bookings/${overdueId}?depth=0`, { headers }),
    'admin reads the price',
  )
  const pricing = await ok(
    await adminApi.get(`${baseURL}/api/globals/pricing`, { headers }),
    'pricing',
  )
  const price = priced.finalPrice ?? priced.quotedPrice
  const fee = Math.floor((price * pricing.artistSharePercent) / 100)
  expectTrue(rows[0].text.includes(euro(fee)), `the fee ${euro(fee)} is shown: ${rows[0].text}`)
  expectTrue(!rows[0].text.includes(euro(price)), 'the customer’s price is not shown')
  expectTrue(
    (await artistPage.getByRole('columnheader', { name: 'Your fee' }).count()) === 1,
    'the fee column',
  )
  await artistPage.screenshot({ path: `${screenshotDir}/lists-dashboard.png`, fullPage: true })
  // The artist's REST read has no price either; the booking page shows the fee.
  const asArtist = await ok(
    await artistApi.get(`${baseURL}/api/bookings/${overdueId}`, { headers }),
    'artist reads the booking',
  )
  expectTrue(
    !('quotedPrice' in asArtist) && !('finalPrice' in asArtist) && !('quoteBreakdown' in asArtist),
    'no customer price in the artist’s REST answer',
  )
  await artistPage.goto(`${baseURL}/en/account/bookings/${overdueId}`)
  const details = await artistPage
    .locator('.facts', { hasText: 'Your fee (excl. VAT)' })
    .textContent()
  expectTrue(
    details.includes('Your fee (excl. VAT)') && details.includes(euro(fee)),
    'the booking page shows the fee',
  )
  expectTrue(
    (await artistPage.getByText('Price excl. VAT').count()) === 0,
    'the booking page shows no price',
  )

  // The customer pages through 23 bookings and filters them.
  const { page } = customer
  await page.goto(`${baseURL}/en/account/bookings`)
  const count = () => page.getByTestId('bookings-count').textContent()
  expectTrue((await count()) === '1–20 of 23 bookings', `first page count: ${await count()}`)
  await page.getByRole('link', { name: 'Next' }).click()
  await page.waitForURL((url) => url.searchParams.get('page') === '2')
  expectTrue((await count()) === '21–23 of 23 bookings', `second page count: ${await count()}`)
  expectTrue((await rowsOf(page)).length === 3, 'three rows on page 2')
  await page.getByLabel('Status').selectOption('cancelled')
  await page.getByRole('button', { name: 'Show', exact: true }).click()
  await page.waitForURL((url) => url.searchParams.get('status') === 'cancelled')
  expectTrue((await count()) === '1–2 of 2 bookings', `cancelled count: ${await count()}`)
  const cancelledRows = (await rowsOf(page)).map((r) => r.id).sort()
  expectTrue(
    JSON.stringify(cancelledRows) === JSON.stringify([cancelA, cancelB].sort()),
    'the cancelled bookings',
  )
  await page.screenshot({ path: `${screenshotDir}/lists-customer.png`, fullPage: true })

  // Without JavaScript: the search form is a plain GET form; an empty result says what to do.
  const noJs = await strictPage(browser, { contextOptions: { javaScriptEnabled: false } })
  await logInNoJs(noJs.page, baseURL, { email, password })
  await noJs.page.goto(`${baseURL}/en/account/bookings`)
  await noJs.page.getByLabel('Search').fill('harbour')
  await noJs.page.getByRole('button', { name: 'Show', exact: true }).click()
  await noJs.page.waitForURL((url) => url.searchParams.get('q') === 'harbour')
  const found = await noJs.page.getByTestId('bookings-count').textContent()
  expectTrue(found === '1–4 of 4 bookings', `search without JavaScript: ${found}`)
  await noJs.page.getByLabel('Search').fill('no such project')
  await noJs.page.getByRole('button', { name: 'Show', exact: true }).click()
  await noJs.page.waitForURL((url) => url.searchParams.get('q') === 'no such project')
  const empty = await noJs.page.getByTestId('bookings-empty').textContent()
  expectTrue(
    empty.includes('No bookings match these filters.') && empty.includes('Clear filters'),
    `the empty state says what to do: ${empty}`,
  )

  for (const p of [admin, customer, artist, noJs]) p.assertNoErrors()
  for (const p of [admin, customer, artist, noJs]) await p.context.close()
}

/** Logs in with JavaScript off: the cookie comes from the REST login, shared with the context. */
const logInNoJs = async (page, baseURL, { email, password }) => {
  const res = await page.request.post(`${baseURL}/api/users/login`, {
    headers: { origin: baseURL },
    data: { email, password },
  })
  expectTrue(res.status() === 200, `login without JavaScript: ${res.status()}`)
}
