/**
 * Next.js calls `register()` once when a server starts (`next start`, `next dev`), before it serves
 * a request. Loading `env` here validates the environment then, so a production server with a
 * missing PAYLOAD_SECRET, or without SMTP_URL and ALLOW_EMAIL_OUTBOX, refuses to start with the
 * readable message from `parseEnv` instead of starting and failing on the first request.
 * (`NEXT_RUNTIME` is Next's own build-time constant, not configuration: `env` needs Node.)
 */
export const register = async (): Promise<void> => {
  if (process.env.NEXT_RUNTIME === 'nodejs') await import('./env')
}
