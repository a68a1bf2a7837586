/**
 * Next.js calls `register()` once when a server starts (`next start`, `next dev`), before it serves
 * a request. Loading `env` here validates the environment then, so a production server with a
 * missing PAYLOAD_SECRET, or without SMTP_URL and ALLOW_EMAIL_OUTBOX, prints the readable message
 * from `parseEnv` and exits with status 1. (Next only logs a failing `register()` and keeps
 * listening, answering every request with an error.) Payload itself still starts on the first
 * request: initialising it here would give this bundle a Payload instance of its own.
 * It also publishes the cached pages' headers for scripts/start.mjs (src/http/staticPageHeaders.ts).
 * `NEXT_RUNTIME` is Next's own build-time constant, not configuration: `env` needs Node.
 */
export const register = async (): Promise<void> => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  try {
    const { env } = await import('./env')
    const { publishStaticPageHeaders } = await import('./http/staticPageHeaders')
    publishStaticPageHeaders(env)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
