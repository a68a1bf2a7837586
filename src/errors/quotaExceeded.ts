import type { QuotaVerdict } from '@/domain/quotas'

import { UserError } from './UserError'

/**
 * The 429 for a refused quota verdict: its sentence, and in `data` which limit it was
 * (`quota`, `limit`) and, when waiting helps, `retryAt` (ISO 8601) and `retryAfterSeconds` — which
 * `keepErrorSentence` also sends as the `Retry-After` header (RFC 9110 §10.2.3, RFC 6585 §4).
 */
export const quotaExceeded = (verdict: Extract<QuotaVerdict, { allowed: false }>): UserError =>
  new UserError(verdict.sentence, 429, {
    quota: verdict.quota,
    limit: verdict.limit,
    ...(verdict.retryAt
      ? { retryAt: verdict.retryAt.toISOString(), retryAfterSeconds: verdict.retryAfterSeconds }
      : {}),
  })
