import path from 'node:path'

import { logIn } from './booking.e2e.mjs'
import { deliver, waitForStatus } from './delivery.e2e.mjs'
import { expectTrue, strictPage } from './helpers.mjs'

/** The text of the first element matching `testId` on `page`, trimmed ('' when absent). */
const textOf = async (page, testId) => {
  const el = page.getByTestId(testId)
  return (await el.count()) ? (await el.first().innerText()).trim() : ''
}

/**
 * Review journey: the customer sees the free revision rounds left and the auto-approval moment (with
 * its zone), asks for a revision after reading that it's free and the new deadline, and sees that
 * deadline on the page; Sanne finds the request with its notes at the top of her page and delivers
 * version 2; the customer opens the approval confirmation (what approving does: completes the
 * booking, the invoice amount, the usage licence), goes back once — nothing happens — then confirms.
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const title = `Radio spot review ${Date.now()}`
  const customer = await strictPage(browser)
  const { page } = customer
  await logIn(page, baseURL, {
    email: 'customer@14voices.local',
    password: 'customer-14voices',
    next: '/account/bookings',
  })
  // Set up over the customer's REST session (the booking journey covers the form). A rush order:
  // its deadline is one working day out, so a revision's two working days visibly extend it.
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
      rushOrder: true,
      termsAccepted: true,
    },
  })
  expectTrue(created.status() === 201, `booking created (${created.status()})`)
  const bookingId = (await created.json()).doc.id
  const script = await api.post(`${baseURL}/api/scripts`, {
    headers,
    multipart: {
      booking: String(bookingId),
      file: {
        name: 'spot.txt',
        mimeType: 'text/plain',
        buffer: Buffer.from('Fresh bread, every morning, around the corner.'),
      },
    },
  })
  expectTrue(script.status() === 201, `script uploaded (${script.status()})`)
  const bookingUrl = `${baseURL}/account/bookings/${bookingId}`

  const artist = await strictPage(browser)
  await logIn(artist.page, baseURL, {
    email: 'sanne@14voices.local',
    password: 'artist-14voices',
    next: `/account/bookings/${bookingId}`,
  })
  await artist.page.getByRole('button', { name: 'Start production' }).click()
  await waitForStatus(artist.page, 'in_production')
  await deliver(artist.page, 'First take.')

  // The customer sees the rounds left and when version 1 would be approved automatically.
  await page.goto(bookingUrl)
  await waitForStatus(page, 'review')
  const rounds = await textOf(page, 'rounds-left')
  expectTrue(/free revision rounds? left/.test(rounds), `the free rounds left are shown: ${rounds}`)
  expectTrue(/excl\. VAT/.test(rounds), `the fee after the free rounds is shown: ${rounds}`)
  const autoApproval = await textOf(page, 'auto-approval')
  expectTrue(
    /approved automatically on .+, \d{2}:\d{2} (CET|CEST) \(Amsterdam\)/.test(autoApproval),
    `the auto-approval date and time are shown with their zone: ${autoApproval}`,
  )

  // Asking for a revision says it's free and which deadline it sets, before sending.
  await page.getByRole('button', { name: 'Request a revision' }).click()
  const cost = await textOf(page, 'revision-cost')
  expectTrue(cost.includes('This revision round is free.'), `the round is said to be free: ${cost}`)
  const promised = /the new deadline will be (.+)\.$/m.exec(cost)?.[1]
  expectTrue(Boolean(promised), `the new deadline is announced: ${cost}`)
  await page.getByLabel('What should change?').fill('Warmer on “every morning”, please.')
  await page.getByRole('button', { name: 'Send revision request' }).click()
  await waitForStatus(page, 'in_production')
  const customerNotice = await textOf(page, 'revision-notice-deadline')
  expectTrue(
    customerNotice.startsWith(`New deadline: ${promised}`) && customerNotice.includes('(was '),
    `the customer sees the new deadline and the old one: ${customerNotice}`,
  )

  // Sanne finds the request and its notes at the top of her page, above the fold.
  await artist.page.goto(bookingUrl)
  const notice = artist.page.getByTestId('revision-notice')
  await notice.waitFor()
  const box = await notice.boundingBox()
  const viewport = artist.page.viewportSize()
  expectTrue(
    box !== null && viewport !== null && box.y + box.height <= viewport.height,
    `the revision notice is above the fold (${JSON.stringify(box)} in ${JSON.stringify(viewport)})`,
  )
  const noticeText = await notice.innerText()
  expectTrue(
    noticeText.includes('Revision requested for version 1') &&
      noticeText.includes('Warmer on “every morning”, please.') &&
      noticeText.includes(`New deadline: ${promised}`),
    `the notice names the version, the notes and the new deadline: ${noticeText}`,
  )
  expectTrue(!/€/.test(noticeText), 'the artist sees no prices in the notice')
  const noticeBeforeVersions = await artist.page.evaluate(() => {
    const n = document.querySelector('[data-testid="revision-notice"]')
    const versions = document.getElementById('recordings-title')
    return Boolean(
      n && versions && n.compareDocumentPosition(versions) & Node.DOCUMENT_POSITION_FOLLOWING,
    )
  })
  expectTrue(noticeBeforeVersions, 'the notice comes before the versions list')
  await artist.page.screenshot({ path: path.join(screenshotDir, 'review-artist.png') })
  await deliver(artist.page, 'Warmer take.')
  artist.assertNoErrors()
  await artist.context.close()

  // The customer opens the approval confirmation, reads what it does, and goes back once.
  await page.goto(bookingUrl)
  await page.getByTestId('version-2').waitFor()
  const approve = page.getByRole('button', { name: 'Approve version 2' })
  await approve.click()
  const dialog = page.getByRole('dialog', { name: 'Approve version 2?' })
  await dialog.waitFor()
  const says = await dialog.innerText()
  expectTrue(
    says.includes('the booking is completed') &&
      /we issue the invoice: €\s?[\d.,]+ incl\. VAT/.test(says) &&
      says.includes('your usage licence starts:'),
    `the confirmation says what approving does: ${says}`,
  )
  await page.screenshot({ path: path.join(screenshotDir, 'review-confirm.png') })
  await dialog.getByRole('button', { name: 'Go back' }).click()
  await dialog.waitFor({ state: 'hidden' })
  expectTrue(
    await approve.evaluate((el) => el === document.activeElement),
    'focus returns to the approve button',
  )
  await page.reload()
  await waitForStatus(page, 'review')
  expectTrue(
    (await page.getByRole('button', { name: 'Approve version 2' }).count()) === 1,
    'going back changed nothing: version 2 still waits for a decision',
  )

  // Then confirms: the booking is completed.
  await page.getByRole('button', { name: 'Approve version 2' }).click()
  await page.getByRole('button', { name: 'Yes, approve version 2' }).click()
  await waitForStatus(page, 'completed')
  await page.screenshot({ path: path.join(screenshotDir, 'review-completed.png'), fullPage: true })
  customer.assertNoErrors()
  await customer.context.close()
}
