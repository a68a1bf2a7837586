import sharp from 'sharp'

import { expectTrue, strictPage } from './helpers.mjs'

const PASSWORD = 'Settings-journey-1'

/**
 * Account settings journey on /en: a new customer renames themselves, uploads a photo (shown from
 * the private file route, re-encoded to 256 px), asks to change their email address, changes their
 * password, then switches the language to Dutch and lands on the same page in Dutch. An unknown
 * confirmation link shows the server's sentence.
 */
export const run = async ({ browser, baseURL }) => {
  const { page, assertNoErrors } = await strictPage(browser, {
    expected: [{ status: 400, path: '/api/users/email-change/confirm' }],
  })
  const email = `settings-${Date.now()}@example.com`
  // Registered and logged in through the API (the forms have journeys of their own): the cookie
  // lands in this browser context.
  const registered = await page.request.post(`${baseURL}/api/users`, {
    data: { email, password: PASSWORD, name: 'Robin' },
  })
  expectTrue(registered.status() === 201, `registration answered ${registered.status()}`)
  const login = await page.request.post(`${baseURL}/api/users/login`, {
    data: { email, password: PASSWORD },
  })
  expectTrue(login.status() === 200, `login answered ${login.status()}`)

  await page.goto(`${baseURL}/en/account/settings`)
  await page.getByRole('heading', { name: 'Account settings', level: 1 }).waitFor()

  const name = page.getByRole('region', { name: 'Name' })
  await name.getByLabel('Your name').fill('Robin Settings')
  await name.getByRole('button', { name: 'Save' }).click()
  await name.getByText('Saved.').waitFor()

  const photo = page.getByRole('region', { name: 'Photo' })
  const jpeg = await sharp({
    create: { width: 640, height: 480, channels: 3, background: '#3b2fc9' },
  })
    .jpeg()
    .toBuffer()
  await photo.getByLabel('Choose a photo').setInputFiles({
    name: 'me.jpg',
    mimeType: 'image/jpeg',
    buffer: jpeg,
  })
  await photo.getByRole('button', { name: 'Upload photo' }).click()
  const img = photo.getByRole('img', { name: 'Your photo' })
  await img.waitFor()
  await page.waitForFunction(
    () => document.querySelector('img.settings-avatar')?.complete === true,
    null,
    { timeout: 10_000 },
  )
  const naturalWidth = await img.evaluate((el) => el.naturalWidth)
  expectTrue(naturalWidth === 256, `the stored photo is 256 px wide (${naturalWidth})`)
  expectTrue(
    (await img.getAttribute('src')).startsWith('/api/avatars/file/'),
    'the photo comes from the private file route',
  )

  const emailSection = page.getByRole('region', { name: 'Email address' })
  const newEmail = `moved-${Date.now()}@example.com`
  await emailSection.getByLabel('New email address').fill(newEmail)
  await emailSection.getByLabel('Current password').fill(PASSWORD)
  await emailSection.getByRole('button', { name: 'Send confirmation link' }).click()
  await emailSection.getByText(`We have sent a link to ${newEmail}`).waitFor()
  expectTrue(
    (await emailSection.innerText()).includes(`You log in with ${email}`),
    'the old address stays until the link is opened',
  )

  const password = page.getByRole('region', { name: 'Password' })
  await password.getByLabel('Current password').fill(PASSWORD)
  await password.getByLabel('New password', { exact: true }).fill('A new sentence of mine 2')
  await password.getByLabel('New password again').fill('A new sentence of mine 2')
  await password.getByRole('button', { name: 'Change password' }).click()
  await password.getByText('Your password is changed.').waitFor()

  const language = page.getByRole('region', { name: 'Language' })
  await language.getByLabel('Language').selectOption('nl')
  await language.getByRole('button', { name: 'Save language' }).click()
  await page.waitForURL((url) => url.pathname === '/nl/account/settings')
  await page.getByRole('heading', { name: 'Accountinstellingen', level: 1 }).waitFor()
  expectTrue(
    (await page.getByRole('region', { name: 'Naam' }).getByLabel('Je naam').inputValue()) ===
      'Robin Settings',
    'the saved name is shown after the switch',
  )

  // The account now reads Dutch: the page and the API's refusal speak Dutch.
  await page.goto(`${baseURL}/nl/account/confirm-email?token=${'A'.repeat(43)}`)
  await page.getByRole('button', { name: 'Nieuw e-mailadres bevestigen' }).click()
  await page
    .getByRole('alert')
    .getByText('Deze bevestigingslink is ongeldig of al gebruikt')
    .waitFor()
  assertNoErrors()
}
