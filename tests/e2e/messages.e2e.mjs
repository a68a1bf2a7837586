import path from 'node:path'

import { logIn } from './booking.e2e.mjs'
import { expectTrue, strictPage } from './helpers.mjs'

/**
 * Message journey: the customer writes to Sanne in the booking's thread (the page updates without a
 * reload), Sanne sees it on her open booking page without a reload, and exactly one digest email about it reaches Sanne
 * (the queue runs in the server), in her language, linking to the thread. A message of only spaces
 * is refused with the server's sentence and the text kept; without JavaScript the form still posts.
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const title = `Radio jingle ${Date.now()}`
  const customer = await strictPage(browser)
  const { page } = customer
  await logIn(page, baseURL, {
    email: 'customer@14voices.local',
    password: 'customer-14voices',
    next: '/account/bookings',
  })
  // The booking itself is set up over the customer's own REST session (other journeys cover it).
  const api = page.request
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
  const bookingPath = `/account/bookings/${bookingId}`

  // The agency has the booking page open before the customer writes (it must update by itself).
  // Staff, not Sanne: a message read on the open page is left out of the reader's digest, and the
  // digest to Sanne is checked below.
  const reader = await strictPage(browser)
  await logIn(reader.page, baseURL, {
    email: 'admin@14voices.local',
    password: 'admin-14voices',
    next: bookingPath,
  })
  await reader.page.locator('#messages').waitFor()
  await reader.page.evaluate(() => {
    window.__samePage = true
  })

  // The customer writes in the thread; the page updates in place (no navigation).
  await page.goto(`${baseURL}${bookingPath}`)
  const thread = page.locator('#messages')
  await thread.getByRole('heading', { name: 'Messages' }).waitFor()
  // A mark on the window survives only if the document is not reloaded.
  await page.evaluate(() => {
    window.__samePage = true
  })
  const field = thread.getByLabel('Your message')
  // Only spaces: the server refuses it with its sentence, and what was typed stays in the field.
  await field.fill('   ')
  await thread.getByRole('button', { name: 'Send message' }).click()
  await thread.getByRole('alert').filter({ hasText: 'Write a message first' }).waitFor()
  expectTrue((await field.inputValue()) === '   ', 'the typed text is kept after a refusal')
  // With a pasted link longer than any screen is wide: it must wrap, not widen the page.
  const text = `Could you pronounce “Jingle” the Dutch way? ${Date.now()} https://example.com/${'x'.repeat(600)}`
  await field.fill(text)
  await thread.getByRole('button', { name: 'Send message' }).click()
  await thread.getByTestId('message').filter({ hasText: text }).waitFor({ timeout: 15_000 })
  expectTrue(
    await page.evaluate(() => window.__samePage === true),
    'posting a message does not reload the page',
  )
  expectTrue((await field.inputValue()) === '', 'the field is emptied after sending')
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ])
  expectTrue(widths[0] <= widths[1], `a long word wraps inside the page (${widths.join(' > ')} px)`)
  const own = await thread.getByTestId('message').filter({ hasText: text }).innerText()
  expectTrue(own.includes('you') && /CET|CEST/.test(own), `author and zone shown: ${own}`)
  await page.screenshot({ path: path.join(screenshotDir, 'messages-customer.png'), fullPage: true })

  // The agency's page, open since before the message was sent, shows it without a reload.
  const seen = reader.page.locator('#messages').getByTestId('message').filter({ hasText: text })
  await seen.waitFor({ timeout: 15_000 })
  expectTrue(
    (await seen.innerText()).includes('(customer)'),
    'the reader sees who wrote the message and in which role',
  )
  expectTrue(
    await reader.page.evaluate(() => window.__samePage === true),
    'the message reached the open page without a reload',
  )
  await reader.page.screenshot({
    path: path.join(screenshotDir, 'messages-reader.png'),
    fullPage: true,
  })
  reader.assertNoErrors()
  await reader.context.close()

  // Exactly one digest email reaches Sanne (in her language, Dutch), and it links to the thread.
  const staff = await strictPage(browser)
  const outbox = staff.page
  await logIn(outbox, baseURL, {
    email: 'admin@14voices.local',
    password: 'admin-14voices',
    next: '/dev/outbox',
  })
  const subject = `Nieuw bericht over ‘${title}’`
  const digestRows = async () => {
    await outbox.goto(`${baseURL}/dev/outbox`)
    return (
      await outbox
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((r) => [
            r.querySelector('[data-label="To"]')?.textContent ?? '',
            r.querySelector('[data-label="Subject"] a')?.textContent ?? '',
          ]),
        )
    ).filter(([to, s]) => to === 'sanne@14voices.local' && s === subject)
  }
  let rows = []
  for (let attempt = 0; attempt < 30 && rows.length === 0; attempt++) {
    if (attempt > 0) await outbox.waitForTimeout(1_000)
    rows = await digestRows()
  }
  // A few more seconds: a second email would be a bug (one per booking per 15 minutes).
  await outbox.waitForTimeout(4_000)
  rows = await digestRows()
  expectTrue(rows.length === 1, `one digest email reached Sanne (found ${rows.length})`)
  await outbox
    .locator('tbody tr')
    .filter({ hasText: 'sanne@14voices.local' })
    .filter({ hasText: subject })
    .locator('[data-label="Subject"] a')
    .click()
  const body = outbox.frameLocator('iframe[title="Email body"]')
  const link = body.getByRole('link', { name: 'Lees en antwoord op de pagina van de boeking' })
  await link.waitFor({ timeout: 10_000 })
  expectTrue(
    (await link.getAttribute('href'))?.endsWith(`/nl/account/bookings/${bookingId}#messages`),
    'the digest links to the thread on the booking page',
  )
  expectTrue(
    (await body.locator('body').innerText()).includes(text),
    'the digest quotes the message',
  )
  await outbox.screenshot({ path: path.join(screenshotDir, 'messages-digest.png'), fullPage: true })

  // Without JavaScript the form is a plain form post, and the page comes back with the message.
  const noScript = await strictPage(browser, {
    contextOptions: {
      javaScriptEnabled: false,
      storageState: await customer.context.storageState(),
    },
  })
  await noScript.page.goto(`${baseURL}/en${bookingPath}`)
  const plain = `Sent without JavaScript ${Date.now()}`
  await noScript.page.locator('#messages').getByLabel('Your message').fill(plain)
  await Promise.all([
    noScript.page.waitForLoadState('load'),
    noScript.page.locator('#messages').getByRole('button', { name: 'Send message' }).click(),
  ])
  await noScript.page
    .locator('#messages')
    .getByTestId('message')
    .filter({ hasText: plain })
    .waitFor({ timeout: 15_000 })
  noScript.assertNoErrors()
  await noScript.context.close()

  customer.assertNoErrors()
  staff.assertNoErrors()
  await staff.context.close()
  await customer.context.close()
}
