import path from 'node:path'

import { logIn } from './booking.e2e.mjs'
import { expectTrue, strictPage } from './helpers.mjs'

/** The path without its language prefix (`/en/account/bookings` → `/account/bookings`). */
const bare = (url) => new URL(url).pathname.replace(/^\/(nl|en)(?=\/|$)/, '') || '/'

/**
 * The newest reset link the outbox holds for `email`, read as the agency's admin (the outbox shows
 * every email, reset links included, to staff only). The link goes to the site's reset page
 * (`/<locale>/reset-password?token=…`, or without the language) or Payload's admin one
 * (`/admin/reset/<token>`); either way the token is taken to the site's page.
 */
const resetLinkFor = async (outbox, baseURL, email) => {
  for (let attempt = 0; attempt < 20; attempt++) {
    await outbox.goto(`${baseURL}/dev/outbox`)
    const row = outbox.locator('tbody tr', { hasText: email }).first()
    if ((await row.count()) === 1) {
      const subject = (await row.locator('[data-label="Subject"] a').innerText()).trim()
      await row.locator('[data-label="Subject"] a').click()
      const frame = outbox.locator('iframe[title="Email body"]')
      await frame.waitFor()
      const mail = `${await frame.getAttribute('srcdoc')}\n${await outbox.locator('pre').innerText()}`
      const site = /(?:\/(?:nl|en))?\/reset-password\?token=([a-f0-9]+)/i.exec(mail)
      const admin = /\/admin\/reset\/([a-f0-9]+)/i.exec(mail)
      const token = site?.[1] ?? admin?.[1]
      expectTrue(token, `the reset email holds a reset link:\n${mail.slice(0, 2000)}`)
      return { subject, link: site ? site[0] : `/reset-password?token=${token}` }
    }
    await outbox.waitForTimeout(1_000)
  }
  throw new Error(`no email to ${email} in the outbox`)
}

/**
 * Account journey (issue 12): register on the English site (the account's language becomes
 * English), log out, "Forgot password?" on the login page, follow the emailed link (read from the
 * outbox), choose a new password and land logged in on the bookings; the used link then says so
 * and offers a new one. Logging in from a link that needed an account returns to it, an artist
 * lands on the dashboard, and the Dutch login page speaks Dutch.
 */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const email = `account-${Date.now()}@example.com`
  const firstPassword = 'my first sentence 1'
  const newPassword = 'my second sentence 2'
  const customer = await strictPage(browser, {
    expected: [{ status: 403, path: '/api/users/reset-password' }],
  })
  const { page } = customer

  // Register on /en: lands on the (empty) bookings, logged in, with English as the account's language.
  await page.goto(`${baseURL}/en/register`)
  await page.getByLabel('Name').fill('Robin Account')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(firstPassword)
  await page.getByRole('button', { name: 'Create account' }).click()
  await page.waitForURL((url) => url.pathname === '/en/account/bookings')
  // Payload reads the session cookie only with an allowed Origin (its CSRF check).
  const me = await (
    await page.request.get(`${baseURL}/api/users/me`, { headers: { origin: baseURL } })
  ).json()
  expectTrue(me.user?.locale === 'en', `the account's language is English (${me.user?.locale})`)

  // Log out, then "Forgot password?" from the login page.
  await page.getByRole('button', { name: 'Log out' }).click()
  // The header's link (the page may have one of its own): it shows once the logout is done.
  await page
    .getByRole('navigation', { name: 'Account' })
    .getByRole('link', { name: 'Log in' })
    .waitFor()
  await page.goto(`${baseURL}/en/login`)
  await page.getByRole('link', { name: 'Forgot password?' }).click()
  await page.waitForURL((url) => url.pathname === '/en/forgot-password')
  await page.getByLabel('Email').fill(email)
  await page.getByRole('button', { name: 'Email me a reset link' }).click()
  await page.getByRole('status').filter({ hasText: email }).waitFor()

  const staff = await strictPage(browser)
  await logIn(staff.page, baseURL, {
    email: 'admin@14voices.local',
    password: 'admin-14voices',
    next: '/dev/outbox',
  })
  const { subject, link } = await resetLinkFor(staff.page, baseURL, email)
  expectTrue(/password/i.test(subject), `the reset email is in English (“${subject}”)`)
  staff.assertNoErrors()
  await staff.context.close()

  // Follow the link: the site's reset page in English; the new password logs in and lands on the bookings.
  await page.goto(new URL(link, baseURL).href)
  expectTrue(
    bare(page.url()) === '/reset-password',
    `the link opens the reset page (${page.url()})`,
  )
  await page.getByLabel('New password', { exact: true }).fill(newPassword)
  await page.getByLabel('Repeat the new password').fill(newPassword)
  await page.getByRole('button', { name: 'Save new password' }).click()
  await page.waitForURL((url) => url.pathname === '/en/account/bookings')
  await page.getByRole('button', { name: 'Log out' }).waitFor()
  await page.screenshot({ path: path.join(screenshotDir, 'account-after-reset.png') })

  // The same link a second time: a clear sentence and a way to ask again.
  await page.goto(new URL(link, baseURL).href)
  await page.getByLabel('New password', { exact: true }).fill('my third sentence 3')
  await page.getByLabel('Repeat the new password').fill('my third sentence 3')
  await page.getByRole('button', { name: 'Save new password' }).click()
  await page.getByText('This link has expired or was already used').waitFor()
  await page.getByRole('link', { name: 'Ask for a new link' }).click()
  await page.waitForURL((url) => url.pathname === '/en/forgot-password')

  // Logged out, a link that needs an account (an email's) brings the person back to it after login.
  await page.getByRole('button', { name: 'Log out' }).click()
  // The header's link (the page may have one of its own): it shows once the logout is done.
  await page
    .getByRole('navigation', { name: 'Account' })
    .getByRole('link', { name: 'Log in' })
    .waitFor()
  await page.goto(`${baseURL}/en/account/privacy`)
  await page.waitForURL((url) => url.pathname === '/en/login')
  await page.getByLabel('Email').fill(email)
  await page.getByLabel('Password').fill(newPassword)
  await page.getByRole('button', { name: 'Log in' }).click()
  await page.waitForURL((url) => url.pathname === '/en/account/privacy')
  customer.assertNoErrors()
  await customer.context.close()

  // A visitor who clicks "Log in" on an artist's page returns there; an artist lands on the dashboard.
  const visitor = await strictPage(browser)
  await visitor.page.goto(`${baseURL}/en/voiceovers/sanne-de-vries`)
  await visitor.page
    .getByRole('navigation', { name: 'Account' })
    .getByRole('link', { name: 'Log in' })
    .click()
  await visitor.page.waitForURL((url) => url.pathname === '/en/login')
  await visitor.page.getByLabel('Email').fill('customer@14voices.local')
  await visitor.page.getByLabel('Password').fill('customer-14voices')
  await visitor.page.getByRole('button', { name: 'Log in' }).click()
  await visitor.page.waitForURL((url) => url.pathname === '/en/voiceovers/sanne-de-vries')
  visitor.assertNoErrors()
  await visitor.context.close()

  const artist = await strictPage(browser)
  await artist.page.goto(`${baseURL}/en/login`)
  await artist.page.getByLabel('Email').fill('sanne@14voices.local')
  await artist.page.getByLabel('Password').fill('artist-14voices')
  await artist.page.getByRole('button', { name: 'Log in' }).click()
  await artist.page.waitForURL((url) => url.pathname === '/en/dashboard')
  artist.assertNoErrors()
  await artist.context.close()

  // The Dutch login page speaks Dutch, its problems too.
  const dutch = await strictPage(browser, { expected: [{ status: 401, path: '/api/users/login' }] })
  await dutch.page.goto(`${baseURL}/nl/login`)
  await dutch.page.getByRole('heading', { name: 'Inloggen' }).waitFor()
  expectTrue(
    (await dutch.page.locator('html').getAttribute('lang')) === 'nl',
    'the Dutch login page says lang="nl"',
  )
  await dutch.page.getByLabel('E-mailadres').fill(email)
  await dutch.page.getByLabel('Wachtwoord', { exact: true }).fill('not the password 1')
  await dutch.page.getByRole('button', { name: 'Inloggen' }).click()
  await dutch.page.getByText('Het e-mailadres of wachtwoord klopt niet.').waitFor()
  const main = await dutch.page.locator('main').innerText()
  for (const english of [
    // (“Log in” is Dutch too: “Log in om …”.)
    'Email',
    'Password',
    'Forgot',
    'Create an account',
    'incorrect',
  ]) {
    expectTrue(
      !main.includes(english),
      `no English (“${english}”) on the Dutch login page:\n${main}`,
    )
  }
  await dutch.page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click()
  await dutch.page.waitForURL((url) => url.pathname === '/nl/forgot-password')
  await dutch.page.screenshot({ path: path.join(screenshotDir, 'account-forgot-nl.png') })
  // The forms' own checks speak the page's language too (not the browser's built-in bubbles).
  await dutch.page.goto(`${baseURL}/nl/register`)
  await dutch.page.getByRole('button', { name: 'Account aanmaken' }).click()
  await dutch.page.getByText('Vul je naam in.').waitFor()
  await dutch.page.getByText('Vul je e-mailadres in.').waitFor()
  dutch.assertNoErrors()
  await dutch.context.close()
}
