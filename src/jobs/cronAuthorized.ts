import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

/**
 * True when the request carries `Authorization: Bearer <CRON_SECRET>` — how a serverless host's
 * scheduler (e.g. Vercel Cron) runs the queue through `GET /api/payload-jobs/run`. Never true
 * when no secret is configured. Compared in constant time.
 */
export const cronAuthorized = (req: PayloadRequest, secret: string | undefined): boolean => {
  if (!secret) return false
  const header = req.headers.get('authorization') ?? ''
  const expected = Buffer.from(`Bearer ${secret}`)
  const given = Buffer.from(header)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}
