import path from 'node:path'

import { logIn } from './booking.e2e.mjs'
import { deliver, waitForStatus } from './delivery.e2e.mjs'
import { expectTrue, strictPage } from './helpers.mjs'

/**
 * Billing journey (issue 13): a new customer without billing details books Sanne; the review step
 * asks for the details (a German business: a VAT ID whose check digit fails is refused with the
 * format a German ID has), "Book" stays disabled until they are saved, and the booking keeps them as
 * its snapshot. The booking is then completed and invoiced; an admin finds the billing details were
 * wrong and corrects the invoice from the booking page in one action: a credit note and a new
 * invoice, both listed on the page, the new one to the corrected company.
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const stamp = Date.now()
  const title = `Billing spot ${stamp}`
  const email = `billing-${stamp}@example.com`
  const password = 'Billing-customer-1'
  const headers = { origin: baseURL }

  // A new customer (English) who never filled in billing details.
  const setup = await browser.newContext()
  const registered = await setup.request.post(`${baseURL}/api/users`, {
    headers,
    data: { name: 'Jonas Klang', email, password, locale: 'en' },
  })
  expectTrue(registered.status() === 201, `the customer registers (${registered.status()})`)
  await setup.close()

  const customer = await strictPage(browser, { contextOptions: { locale: 'en-US' } })
  const { page } = customer
  await logIn(page, baseURL, { email, password, next: '/account/bookings' })

  // 1. The booking form: project, usage, then the review step asks for billing details.
  await page.goto(`${baseURL}/en/book/sanne-de-vries`)
  await page.getByLabel('Project title').fill(title)
  await page.getByLabel('Project type').selectOption('commercial')
  await page.getByLabel('Estimated word count').fill('90')
  await page.getByTestId('quote-total').waitFor()
  await page.getByRole('button', { name: 'Next: usage' }).click()
  await page.getByRole('button', { name: 'Next: review' }).click()
  await page.getByTestId('billing-missing').waitFor()
  const bookButton = page.getByRole('button', { name: /^Book for €\d/ })
  await page.getByLabel('I accept the terms of service').check()
  expectTrue(await bookButton.isDisabled(), '"Book" is disabled while billing details are missing')
  await page.screenshot({
    path: path.join(screenshotDir, 'billing-review-asks.png'),
    fullPage: true,
  })

  // 2. A German business: the radio buttons, company, address, country, then a wrong VAT ID.
  await page.getByRole('radio', { name: 'A business' }).check()
  await page.getByLabel('Company name').fill('Klang GmbH')
  await page.getByLabel('Address').fill('Hauptstr. 1\n10115 Berlin')
  await page.getByLabel('Country code').fill('DE')
  const vatHint = await page.locator('#review-billing-vatId-hint').innerText()
  expectTrue(
    vatHint.includes('DE123456788'),
    `the VAT ID hint shows what a German ID looks like (“${vatHint}”)`,
  )
  // Check digit 9 fails (it should be 8): the form refuses it before saving, the hint beside the
  // field says what a German VAT ID looks like.
  await page.getByLabel('VAT ID').fill('DE123456789')
  await page.getByRole('button', { name: 'Save billing details' }).click()
  await page.getByRole('alert').filter({ hasText: 'still needed: VAT ID' }).waitFor()
  expectTrue(
    (await page.getByLabel('VAT ID').getAttribute('aria-invalid')) === 'true',
    'the VAT ID field is marked invalid',
  )
  expectTrue(await bookButton.isDisabled(), '"Book" stays disabled after a refused VAT ID')

  // 3. The right VAT ID (check digit 8): saved to the account, shown, and "Book" is enabled.
  await page.getByLabel('VAT ID').fill('DE 123 456 788')
  await page.getByRole('button', { name: 'Save billing details' }).click()
  const summary = page.getByTestId('billing-summary')
  await summary.waitFor()
  const summaryText = await summary.innerText()
  expectTrue(
    summaryText.includes('Klang GmbH') && summaryText.includes('DE123456788'),
    `the review step shows the saved details (“${summaryText}”)`,
  )
  await page.screenshot({
    path: path.join(screenshotDir, 'billing-review-saved.png'),
    fullPage: true,
  })
  await bookButton.click()
  await page.getByLabel('Script file').waitFor()

  const found = await (
    await page.request.get(
      `${baseURL}/api/bookings?where[projectTitle][equals]=${encodeURIComponent(title)}&depth=0`,
      { headers },
    )
  ).json()
  const booking = found.docs[0]
  expectTrue(
    booking?.billingSnapshot?.company === 'Klang GmbH' &&
      booking.billingSnapshot.vatId === 'DE123456788' &&
      booking.billingSnapshot.country === 'DE',
    `the booking keeps the billing snapshot (${JSON.stringify(booking?.billingSnapshot)})`,
  )
  const bookingPath = `/account/bookings/${booking.id}`

  // 4. Script, production, delivery, approval: the booking is completed.
  const script = await page.request.post(`${baseURL}/api/scripts`, {
    headers,
    multipart: {
      booking: String(booking.id),
      file: {
        name: 'spot.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Klang. Sound, wie es sein soll.'),
      },
    },
  })
  expectTrue(script.status() === 201, `script uploaded (${script.status()})`)
  const artist = await strictPage(browser)
  await logIn(artist.page, baseURL, {
    email: 'sanne@14voices.local',
    password: 'artist-14voices',
    next: bookingPath,
  })
  await artist.page.getByRole('button', { name: 'Start production' }).click()
  await waitForStatus(artist.page, 'in_production')
  await deliver(artist.page, 'One take, crisp.')
  artist.assertNoErrors()
  await artist.context.close()
  const delivered = await (
    await page.request.get(
      `${baseURL}/api/deliverables?where[booking][equals]=${booking.id}&depth=0`,
      { headers },
    )
  ).json()
  const approved = await page.request.patch(`${baseURL}/api/deliverables/${delivered.docs[0].id}`, {
    headers,
    data: { decision: 'approved' },
  })
  expectTrue(approved.status() === 200, `the customer approves (${approved.status()})`)

  // 5. The admin: issue the invoice now (idempotent with the completion job), then correct it.
  const admin = await strictPage(browser, { contextOptions: { locale: 'en-US' } })
  await logIn(admin.page, baseURL, {
    email: 'admin@14voices.local',
    password: 'admin-14voices',
    next: bookingPath,
  })
  const issued = await admin.page.request.post(`${baseURL}/api/invoices/issue`, {
    headers,
    data: { booking: booking.id },
  })
  expectTrue([200, 201].includes(issued.status()), `the invoice is issued (${issued.status()})`)
  const first = (await issued.json()).doc
  await admin.page.goto(`${baseURL}/en${bookingPath}`)
  const snapshotPanel = await admin.page.getByTestId('billing-snapshot').innerText()
  expectTrue(
    snapshotPanel.includes('Klang GmbH'),
    `the admin sees the billing snapshot (“${snapshotPanel}”)`,
  )
  await admin.page.getByRole('button', { name: 'Correct invoice' }).click()
  const form = admin.page.getByRole('form', { name: `Correct invoice ${first.number}` })
  await form.getByLabel('Company name').fill('Klang Studios GmbH')
  await admin.page.screenshot({
    path: path.join(screenshotDir, 'billing-correct-form.png'),
    fullPage: true,
  })
  await form.getByRole('button', { name: 'Issue credit note and new invoice' }).click()
  const list = admin.page.locator('.invoice-list')
  // The page reloads its data after the correction: the credit note appears in the list itself.
  await list.locator('strong', { hasText: /^Credit note / }).waitFor()
  const listed = await list.innerText()
  const invoiceLines = listed.match(/Invoice [A-Z0-9-]+/g) ?? []
  expectTrue(
    invoiceLines.length === 2 && /Credit note [A-Z0-9-]+/.test(listed),
    `the booking page lists the first invoice, the credit note and the new invoice:\n${listed}`,
  )
  const documents = await (
    await admin.page.request.get(
      `${baseURL}/api/invoices?where[booking][equals]=${booking.id}&sort=createdAt&depth=0`,
      { headers },
    )
  ).json()
  const [, credit, replacement] = documents.docs
  expectTrue(
    credit?.kind === 'credit_note' &&
      credit.creditFor === first.id &&
      replacement?.kind === 'invoice' &&
      replacement.buyer?.name === 'Klang Studios GmbH' &&
      replacement.vatTreatment === 'reverse_charge',
    `a credit note for ${first.number} and a new reverse-charged invoice to the corrected company`,
  )
  const snapshotAfter = await admin.page.getByTestId('billing-snapshot').innerText()
  expectTrue(
    snapshotAfter.includes('Klang Studios GmbH'),
    `the booking's snapshot now holds the corrected details (“${snapshotAfter}”)`,
  )
  await admin.page.screenshot({
    path: path.join(screenshotDir, 'billing-corrected.png'),
    fullPage: true,
  })
  // The customer sees both documents on their booking page too.
  await page.goto(`${baseURL}/en${bookingPath}`)
  const customerList = await page.locator('.invoice-list').innerText()
  expectTrue(
    customerList.includes(credit.number) && customerList.includes(replacement.number),
    `the customer's booking page lists the credit note and the new invoice:\n${customerList}`,
  )
  expectTrue(
    (await page.getByRole('button', { name: 'Correct invoice' }).count()) === 0,
    'the customer is not offered the correction',
  )
  admin.assertNoErrors()
  await admin.context.close()
  customer.assertNoErrors()
  await customer.context.close()
}
