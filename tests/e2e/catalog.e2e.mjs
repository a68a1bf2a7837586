import path from 'node:path'

import { expectTrue, strictPage } from './helpers.mjs'

/** Catalog journey: filter by language, open a profile, play a demo and seek in it. */
export const run = async ({ browser, baseURL, screenshotDir }) => {
  const { page, context, assertNoErrors } = await strictPage(browser)
  await page.goto(`${baseURL}/`)
  // Links carry the page's language: /en/voiceovers/… (the browser asks for English).
  const cards = page.locator('main a[href^="/en/voiceovers/"]')
  const allCount = await cards.count()
  expectTrue(allCount > 0, 'the catalog shows artists')

  // Within the filters: the header's language switch is also named "Language".
  await page.getByRole('search').getByLabel('Language', { exact: true }).selectOption('de')
  await page.getByRole('button', { name: 'Apply filters' }).click()
  await page.waitForURL(/language=de/)
  const filtered = await cards.count()
  expectTrue(
    filtered > 0 && filtered < allCount,
    `filtering by German narrows the list (${filtered} of ${allCount})`,
  )
  await page.screenshot({ path: path.join(screenshotDir, 'catalog.png'), fullPage: true })

  const name = (await cards.first().innerText()).split('\n')[0].trim()
  await cards.first().click()
  await page.waitForURL(/\/voiceovers\//)
  const heading = await page.locator('h1').innerText()
  expectTrue(
    heading.includes(name) || name.includes(heading),
    `the profile heading (${heading}) is the artist (${name})`,
  )

  const audio = page.locator('[data-testid="demo-audio"]').first()
  await audio.waitFor({ state: 'attached' })
  await audio.evaluate((el) => el.play())
  await page.waitForFunction(
    () => {
      const el = document.querySelector('[data-testid="demo-audio"]')
      return el && !el.paused && el.currentTime > 0.2
    },
    undefined,
    { timeout: 15_000 },
  )
  await audio.evaluate((el) => {
    el.currentTime = 2
  })
  await page.waitForFunction(
    () => {
      const el = document.querySelector('[data-testid="demo-audio"]')
      return el && el.currentTime >= 1.9
    },
    undefined,
    { timeout: 10_000 },
  )
  await page.screenshot({ path: path.join(screenshotDir, 'profile.png'), fullPage: true })
  assertNoErrors()
  await context.close()
}
