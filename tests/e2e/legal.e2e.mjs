import path from 'node:path'

import { expectTrue, strictPage } from './helpers.mjs'

/** The text of `main`, and the page's `<html lang>`. */
const read = async (page) => ({
  text: await page.locator('main').innerText(),
  lang: await page.locator('html').getAttribute('lang'),
})

/**
 * Trust layer: the terms, privacy and contact pages in Dutch and English under the production
 * build's Content-Security-Policy (a strict page fails on any violation or console error), the
 * footer's links to them, and a Dutch customer's booking form: the terms checkbox and the binding
 * "Boek voor € …" button in Dutch money format; the admin edits the terms in the rich-text editor
 * (no CSP violation, no outside request).
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const visitor = await strictPage(browser)
  const { page } = visitor

  await page.goto(`${baseURL}/nl/terms`)
  let seen = await read(page)
  expectTrue(seen.lang === 'nl', `the Dutch terms page is lang="nl" (${seen.lang})`)
  expectTrue(
    (await page.locator('h1').innerText()) === 'Algemene voorwaarden',
    'the Dutch terms page has its Dutch title',
  )
  expectTrue(
    seen.text.includes('Versie 2026-11-30') &&
      seen.text.includes('schriftelijke toestemming van de stemacteur'),
    'the Dutch terms show their version and the no-cloning clause',
  )
  expectTrue(!/Terms of service|Version /.test(seen.text), 'no English on the Dutch terms page')
  await page.screenshot({ path: path.join(screenshotDir, 'terms-nl.png'), fullPage: true })

  await page.goto(`${baseURL}/en/terms`)
  seen = await read(page)
  expectTrue(
    (await page.locator('h1').innerText()) === 'Terms of service' &&
      seen.text.includes('Version 2026-11-30') &&
      seen.text.includes('prior written consent'),
    'the English terms show their title, version and the no-cloning clause',
  )
  expectTrue(!/Algemene voorwaarden|Versie /.test(seen.text), 'no Dutch on the English terms page')

  await page.goto(`${baseURL}/en/privacy`)
  expectTrue(
    (await page.locator('h1').innerText()) === 'Privacy policy' &&
      (await read(page)).text.includes('7 years'),
    'the English privacy policy names the 7-year invoice retention',
  )
  await page.goto(`${baseURL}/nl/privacy`)
  expectTrue(
    (await page.locator('h1').innerText()) === 'Privacyverklaring',
    'the Dutch privacy policy has its Dutch title',
  )

  for (const [locale, labels] of [
    ['en', ['Chamber of Commerce (KvK)', 'VAT ID', 'Phone']],
    ['nl', ['KvK-nummer', 'Btw-nummer', 'Telefoon']],
  ]) {
    await page.goto(`${baseURL}/${locale}/contact`)
    const { text } = await read(page)
    expectTrue(
      labels.every((l) => text.includes(l)) &&
        text.includes('14voices B.V.') &&
        text.includes('81234567') &&
        text.includes('NL859123456B01') &&
        text.includes('+31 20 123 4567'),
      `the ${locale} contact page shows the company, KvK, VAT ID and phone`,
    )
  }

  // The footer of every page links to them, in the page's language.
  await page.goto(`${baseURL}/en`)
  await page.locator('footer').getByRole('link', { name: 'Terms' }).click()
  await page.waitForURL((url) => url.pathname === '/en/terms')
  visitor.assertNoErrors()
  await visitor.context.close()

  // A Dutch customer's booking form (logged in through the API: the cookie is the context's).
  const customer = await strictPage(browser, { expected: [] })
  const login = await customer.page.request.post(`${baseURL}/api/users/login`, {
    data: { email: 'customer@14voices.local', password: 'customer-14voices' },
    headers: { origin: baseURL },
  })
  expectTrue(login.ok(), `the customer logs in (${login.status()})`)
  const form = customer.page
  await form.goto(`${baseURL}/nl/book/sanne-de-vries`)
  await form.getByLabel('Projecttitel').fill(`Koffiespot ${Date.now()}`)
  await form.getByLabel('Geschat aantal woorden').fill('120')
  const total = form.getByTestId('quote-total')
  await total.waitFor()
  const price = (await total.innerText()).trim()
  expectTrue(/^€\s\d{1,3}(\.\d{3})*,\d{2}$/.test(price), `the quote is in Dutch format (${price})`)
  await form.getByRole('button', { name: 'Volgende: gebruik' }).click()
  await form.getByRole('button', { name: 'Volgende: controleren' }).click()
  const termsLink = form.getByRole('link', { name: /algemene voorwaarden/ })
  expectTrue(
    (await termsLink.getAttribute('href')) === '/nl/terms' &&
      (await termsLink.getAttribute('target')) === '_blank',
    'the checkbox links to the Dutch terms in a new tab',
  )
  const book = form.getByRole('button', { name: /^Boek voor €/ })
  const same = (text) => text.replace(/\s+/g, ' ').trim()
  expectTrue(
    same(await book.innerText()) === same(`Boek voor ${price}`),
    `the binding button names the price (${await book.innerText()})`,
  )
  await book.click()
  await form.getByText('Vink “Ik accepteer de algemene voorwaarden” aan om te boeken.').waitFor()
  await form.getByLabel('Ik accepteer de algemene voorwaarden').check()
  await form.screenshot({ path: path.join(screenshotDir, 'booking-review-nl.png'), fullPage: true })
  await book.click()
  await form.getByRole('heading', { name: 'Upload je script' }).waitFor()
  customer.assertNoErrors()
  await customer.context.close()

  // The admin's rich-text editor for the terms, under the admin's Content-Security-Policy.
  const admin = await strictPage(browser)
  const adminLogin = await admin.page.request.post(`${baseURL}/api/users/login`, {
    data: { email: 'admin@14voices.local', password: 'admin-14voices' },
    headers: { origin: baseURL },
  })
  expectTrue(adminLogin.ok(), `the admin logs in (${adminLogin.status()})`)
  const outside = []
  admin.page.on('request', (req) => {
    if (!req.url().startsWith(baseURL) && !req.url().startsWith('data:')) outside.push(req.url())
  })
  const found = await admin.page.request.get(
    `${baseURL}/api/legal-pages?where[kind][equals]=terms&where[language][equals]=en&depth=0`,
  )
  const terms = (await found.json()).docs[0]
  expectTrue(Boolean(terms), 'the English terms are in the admin’s list')
  await admin.page.goto(`${baseURL}/admin/collections/legal-pages/${terms.id}`)
  const editor = admin.page.locator('[data-lexical-editor="true"]').first()
  await editor.waitFor({ timeout: 60_000 })
  await editor.getByText('No AI training or voice cloning').waitFor()
  await admin.page.screenshot({ path: path.join(screenshotDir, 'admin-terms.png'), fullPage: true })
  expectTrue(outside.length === 0, `the admin loads nothing from outside (${outside.join(', ')})`)
  admin.assertNoErrors()
  await admin.context.close()
}
