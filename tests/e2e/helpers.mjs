/** A new page that fails the test on any console error or uncaught exception. */
export const strictPage = async (browser) => {
  const context = await browser.newContext()
  const page = await context.newPage()
  const errors = []
  page.on('console', (msg) => {
    const prefetch404 =
      msg.text().startsWith('Failed to load resource') && msg.location().url.includes('_rsc=')
    if (msg.type() === 'error' && !prefetch404) errors.push(msg.text())
  })
  page.on('pageerror', (err) => errors.push(err.message))
  page.on('response', (res) => {
    // Link prefetches (?_rsc=) of pages another issue builds (/book/…) are not page errors.
    if (res.status() >= 400 && !res.url().includes('_rsc='))
      errors.push(`${res.status()} ${res.url()}`)
  })
  return {
    page,
    context,
    assertNoErrors: () => {
      if (errors.length > 0) throw new Error(`console errors:\n${errors.join('\n')}`)
    },
  }
}

export const expectTrue = (condition, message) => {
  if (!condition) throw new Error(message)
}
