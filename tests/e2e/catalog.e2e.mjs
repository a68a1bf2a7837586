import path from 'node:path'

import { expectTrue, strictPage } from './helpers.mjs'

/**
 * Catalog journey: filter by language; play a demo from a card, open that artist's profile while it
 * plays on in the mini-player, seek with the keyboard, pause, play a profile demo, close.
 */
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
  await page.screenshot({ path: path.join(screenshotDir, 'catalog-filtered.png'), fullPage: true })

  // Play the first card's demo from the results; the mini-player appears and plays it.
  const player = page.getByTestId('mini-player')
  const slider = player.getByRole('slider')
  const firstCard = page.locator('main .card-frame').first()
  const name = (await firstCard.locator('a').innerText()).split('\n')[0].trim()
  const play = firstCard.getByTestId('play-demo')
  const playLabel = await play.getAttribute('aria-label')
  expectTrue(
    playLabel.startsWith('Play demo') && playLabel.endsWith(`by ${name}`),
    `the card's play button says what it plays (${playLabel})`,
  )
  await play.click()
  await page.locator('[data-testid="mini-player"][data-state="playing"]').waitFor()
  const playedTitle = await player.getByTestId('mini-player-title').innerText()
  expectTrue(playedTitle.includes(name), `the mini-player plays ${name}'s demo (${playedTitle})`)
  // The waveform is drawn from the precomputed peaks (wavesurfer renders into a shadow root).
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.mini-player__wave *')].some((el) =>
      el.shadowRoot?.querySelector('canvas'),
    ),
  )
  const valueNow = async () => Number(await slider.getAttribute('aria-valuenow'))
  await page.waitForFunction(
    () => Number(document.querySelector('.mini-player__wave')?.getAttribute('aria-valuenow')) >= 1,
    undefined,
    { timeout: 15_000 },
  )
  await page.screenshot({ path: path.join(screenshotDir, 'catalog.png'), fullPage: true })

  // Open the artist's profile: client-side navigation keeps the layout, so the demo plays on.
  await firstCard.locator('a').click()
  await page.waitForURL(/\/voiceovers\//)
  const heading = await page.locator('h1').innerText()
  expectTrue(
    heading.includes(name) || name.includes(heading),
    `the profile heading (${heading}) is the artist (${name})`,
  )
  const before = await valueNow()
  await page.waitForFunction(
    (t) => Number(document.querySelector('.mini-player__wave')?.getAttribute('aria-valuenow')) > t,
    before,
    { timeout: 10_000 },
  )
  expectTrue(
    (await player.getAttribute('data-state')) === 'playing' &&
      (await player.getByTestId('mini-player-title').innerText()) === playedTitle,
    'the same demo is still playing on the profile',
  )

  // Keyboard: → on the waveform seeks 5 s forward.
  const atKey = await valueNow()
  await slider.focus()
  await page.keyboard.press('ArrowRight')
  await page.waitForFunction(
    (t) =>
      Number(document.querySelector('.mini-player__wave')?.getAttribute('aria-valuenow')) >= t + 4,
    atKey,
    { timeout: 5_000 },
  )

  // Pause from the mini-player.
  await player.getByRole('button', { name: 'Pause' }).click()
  await page.locator('[data-testid="mini-player"][data-state="paused"]').waitFor()

  // The profile's demos use the same player: playing one replaces the card's demo.
  const profileDemo = page.locator('main .demo').last()
  const demoTitle = (await profileDemo.locator('.demo__title').innerText()).trim()
  await profileDemo.getByRole('button', { name: /^Play demo/ }).click()
  await page.locator('[data-testid="mini-player"][data-state="playing"]').waitFor()
  const nowTitle = await player.getByTestId('mini-player-title').innerText()
  expectTrue(nowTitle.includes(demoTitle), `the mini-player plays “${demoTitle}” (${nowTitle})`)
  await player.getByRole('button', { name: 'Close the player' }).click()
  await player.waitFor({ state: 'detached' })
  await page.screenshot({ path: path.join(screenshotDir, 'profile.png'), fullPage: true })
  assertNoErrors()
  await context.close()
}
