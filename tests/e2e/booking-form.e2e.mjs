import path from 'node:path'

import PDFDocument from 'pdfkit'

import { logIn } from './booking.e2e.mjs'
import { expectTrue, strictPage } from './helpers.mjs'

const pdfWith = (text) =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument()
    const chunks = []
    doc.on('data', (c) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.text(text)
    doc.end()
  })

const stepOf = (page) => Number(new URL(page.url()).searchParams.get('step'))

/** The form's step the page shows as current (`aria-current="step"` in the step list). */
const currentStep = async (page) =>
  Number(
    (await page.locator('ol.steps li[aria-current="step"]').getAttribute('data-testid'))?.replace(
      'step-',
      '',
    ),
  )

const expectStep = async (page, n, why) => {
  await page.locator(`ol.steps li[data-testid="step-${n}"][aria-current="step"]`).waitFor()
  expectTrue(stepOf(page) === n && (await currentStep(page)) === n, `${why}: on step ${n}`)
}

/**
 * The booking form keeps its state (issue 13): a customer fills in each step, and on every step a
 * reload and the browser's Back and Forward keep the step (in the URL) and what was typed (the draft
 * in the tab's storage). The step list goes back to a done step, a URL can't skip past an unfinished
 * one. Booking shows the confirmation — booking number, price, deadline rule, what happens next —
 * which survives a reload; the draft is gone. The script uploaded there sets the deadline (with its
 * zone). On the booking's page the customer replaces the script; the artist's page then shows
 * version 2 as current and version 1 as replaced.
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
  await page.goto(`${baseURL}/en/book/sanne-de-vries`)

  // Step 1: typed, then reloaded.
  await page.getByLabel('Project title').fill(title)
  await page.getByLabel('Project type').selectOption('commercial')
  await page.getByLabel('Estimated word count').fill('85')
  await page.getByLabel('Direction notes (optional)').fill('Upbeat, a smile in the voice.')
  await page.reload()
  await page.getByLabel('Project title').waitFor()
  expectTrue(
    (await page.getByLabel('Project title').inputValue()) === title &&
      (await page.getByLabel('Estimated word count').inputValue()) === '85' &&
      (await page.getByLabel('Direction notes (optional)').inputValue()) ===
        'Upbeat, a smile in the voice.',
    'a reload on step 1 keeps what was typed',
  )
  await page.getByText('We filled in what you typed earlier.').waitFor()

  // Step 2: a choice, then reload, Back and Forward.
  await page.getByRole('button', { name: 'Next: usage' }).click()
  await expectStep(page, 2, 'Next')
  await page.getByLabel('Where will it be used?').selectOption('radio')
  await page.reload()
  await expectStep(page, 2, 'a reload on step 2')
  expectTrue(
    (await page.getByLabel('Where will it be used?').inputValue()) === 'radio',
    'a reload on step 2 keeps the usage chosen',
  )
  await page.goBack()
  await expectStep(page, 1, 'Back from step 2')
  expectTrue(
    (await page.getByLabel('Project title').inputValue()) === title,
    'Back to step 1 shows the title',
  )
  await page.goForward()
  await expectStep(page, 2, 'Forward from step 1')
  expectTrue(
    (await page.getByLabel('Where will it be used?').inputValue()) === 'radio',
    'Forward to step 2 keeps the usage',
  )

  // Step 3: the review, reloaded, Back and Forward.
  await page.getByRole('button', { name: 'Next: review' }).click()
  await expectStep(page, 3, 'Next')
  await page.reload()
  await expectStep(page, 3, 'a reload on the review')
  const review = page.getByRole('form', { name: 'Review your booking' })
  await review.waitFor()
  expectTrue((await review.innerText()).includes(title), 'the reloaded review shows the title')
  await page.goBack()
  await expectStep(page, 2, 'Back from the review')
  await page.goForward()
  await expectStep(page, 3, 'Forward to the review')

  // The step list: a done step is a link; going back through it keeps everything.
  await page.getByRole('link', { name: 'Project', exact: true }).click()
  await expectStep(page, 1, 'the step list')
  // Skipping ahead past an unfinished step is not possible, even by URL.
  await page.getByLabel('Project title').fill('')
  await page.waitForFunction(() =>
    Object.entries(sessionStorage).some(
      ([k, v]) =>
        k.startsWith('14voices:booking-draft:') && JSON.parse(v).details.projectTitle === '',
    ),
  )
  await page.goto(`${baseURL}/en/book/sanne-de-vries?step=3`)
  await expectStep(page, 1, 'a URL past an unfinished step')
  await page.getByText('Please complete step 1 (Project) first; then you can go on.').waitFor()
  expectTrue(
    (await page.getByRole('link', { name: 'Review', exact: true }).count()) === 0,
    'the review is not a link while step 1 is unfinished',
  )
  await page.getByLabel('Project title').fill(title)
  await page.getByRole('link', { name: 'Review', exact: true }).click()
  await expectStep(page, 3, 'the step list, once step 1 is complete again')
  await page.screenshot({
    path: path.join(screenshotDir, 'booking-form-review.png'),
    fullPage: true,
  })

  // Book.
  const total = (await page.getByTestId('quote-total').innerText()).trim()
  await page.getByLabel('I accept the terms of service').check()
  await page.getByRole('button', { name: `Book for ${total}` }).click()
  const confirmation = page.getByTestId('confirmation')
  await confirmation.waitFor()
  await expectStep(page, 4, 'booked')
  const bookingId = Number(new URL(page.url()).searchParams.get('booking'))
  const reference = (await page.getByTestId('confirmation-reference').innerText()).trim()
  expectTrue(
    /^BK-\d{4}-\d{5,}$/.test(reference),
    `the confirmation shows a booking number (${reference})`,
  )
  expectTrue(
    (await page.getByTestId('confirmation-price').innerText()).trim() === total,
    'the confirmation shows the price booked for',
  )
  const rule = (await page.getByTestId('confirmation-deadline').innerText()).trim()
  expectTrue(
    /working days? after your script arrives, at \d\d:\d\d \(Amsterdam time\)/.test(rule),
    `before the script, the deadline says how it is set (${rule})`,
  )
  const next = await confirmation.innerText()
  expectTrue(
    next.includes('Upload your script below') && next.includes('Sanne de Vries is told'),
    'the confirmation says what happens next',
  )
  expectTrue(
    (
      await page.evaluate(() =>
        Object.keys(sessionStorage).filter((k) => k.startsWith('14voices:booking-draft:')),
      )
    ).length === 0,
    'the draft is gone once booked',
  )
  await page.reload()
  await confirmation.waitFor()
  expectTrue(
    (await page.getByTestId('confirmation-reference').innerText()).trim() === reference,
    'the confirmation survives a reload',
  )

  // Back from the confirmation: the form is closed, so a second click can't book twice.
  await page.goBack()
  await page.getByTestId('already-booked').waitFor()
  expectTrue(
    (await page.getByRole('button', { name: /^Book for/ }).count()) === 0,
    'Back after booking offers no second Book button',
  )
  await page.goForward()
  await confirmation.waitFor()

  // The script, uploaded on the confirmation, sets the deadline.
  await page.getByLabel('Script file').setInputFiles({
    name: 'jingle-v1.pdf',
    mimeType: 'application/pdf',
    buffer: await pdfWith('JINGLE 15s — version one.'),
  })
  await page.getByRole('button', { name: 'Upload script' }).click()
  await page.getByTestId('confirmation-deadline').locator('time').waitFor()
  const deadline = (await page.getByTestId('confirmation-deadline').innerText()).trim()
  expectTrue(
    /\d\d:\d\d CES?T \(Amsterdam\)/.test(deadline),
    `the deadline carries its zone (${deadline})`,
  )
  expectTrue(
    (await confirmation.innerText()).includes('Your script has arrived.'),
    'the next steps follow the upload',
  )
  await page.screenshot({
    path: path.join(screenshotDir, 'booking-confirmation.png'),
    fullPage: true,
  })

  // Replace the script on the booking's page.
  await page.getByRole('link', { name: 'View your booking' }).click()
  await page.waitForURL(new RegExp(`/account/bookings/${bookingId}$`))
  expectTrue(
    (await page.getByTestId('booking-reference').innerText()).includes(reference),
    'the booking page names the booking number',
  )
  await page.getByLabel('New version of the script').setInputFiles({
    name: 'jingle-v2.pdf',
    mimeType: 'application/pdf',
    buffer: await pdfWith('JINGLE 15s — version two, brighter.'),
  })
  await page.getByRole('button', { name: 'Replace script' }).click()
  await page.locator('[data-testid="script-version-2"][data-current="true"]').waitFor()
  expectTrue(
    (await page.getByTestId('script-version-1').innerText()).includes('replaced on'),
    'the first version is listed as replaced',
  )
  customer.assertNoErrors()
  await customer.context.close()

  // The artist sees the new version as the current one.
  const artist = await strictPage(browser)
  await logIn(artist.page, baseURL, {
    email: 'sanne@14voices.local',
    password: 'artist-14voices',
    next: '/dashboard',
  })
  await artist.page.goto(`${baseURL}/en/account/bookings/${bookingId}`)
  const current = artist.page.locator('[data-testid="script-version-2"][data-current="true"]')
  await current.waitFor()
  const href = await current.getByRole('link', { name: 'Download script' }).getAttribute('href')
  // Payload accepts the session cookie only from a same-origin request: say where it comes from.
  const download = await artist.page.request.get(new URL(href ?? '', baseURL).toString(), {
    headers: { origin: baseURL },
  })
  expectTrue(
    download.status() === 200,
    `the artist downloads the new version (${download.status()})`,
  )
  expectTrue(
    (await artist.page.getByTestId('script-version-1').innerText()).includes('replaced on'),
    'the artist sees the earlier version as replaced',
  )
  await artist.page.screenshot({
    path: path.join(screenshotDir, 'booking-form-artist.png'),
    fullPage: true,
  })
  artist.assertNoErrors()
  await artist.context.close()
}
