/**
 * A new page that fails the test on any console error, uncaught exception, Content-Security-Policy
 * violation or 4xx/5xx response — except the responses listed in `expected` (`{ status, path }`),
 * which a journey provokes on purpose. `contextOptions` go to `browser.newContext` (e.g. `locale`).
 */
export const strictPage = async (browser, { expected = [], contextOptions = {} } = {}) => {
  const context = await browser.newContext(contextOptions)
  // Every CSP violation (a blocked script, style, image, frame…) as a console error, with what was
  // blocked and where: the browser's own message is not always logged (e.g. for blocked styles).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(
        `Content Security Policy violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} on ${e.documentURI}`,
      )
    })
  })
  const page = await context.newPage()
  const errors = []
  page.on('console', (msg) => {
    const prefetch404 =
      msg.text().startsWith('Failed to load resource') && msg.location().url.includes('_rsc=')
    // The browser logs every 4xx/5xx as "Failed to load resource"; `expected` ones are on purpose.
    const expectedStatus = expected.some(
      (e) =>
        msg
          .text()
          .startsWith(
            `Failed to load resource: the server responded with a status of ${e.status}`,
          ) && new URL(msg.location().url).pathname === e.path,
    )
    if (msg.type() === 'error' && !prefetch404 && !expectedStatus) {
      errors.push(`${msg.text()} (${msg.location().url || 'no location'})`)
    }
  })
  page.on('pageerror', (err) => errors.push(err.message))
  page.on('response', (res) => {
    // Link prefetches (?_rsc=) of pages another issue builds (/book/…) are not page errors.
    const wanted = expected.some(
      (e) => e.status === res.status() && new URL(res.url()).pathname === e.path,
    )
    if (res.status() >= 400 && !res.url().includes('_rsc=') && !wanted)
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
