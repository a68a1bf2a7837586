import type { PayloadRequest } from 'payload'

import { DEFAULT_PRIVATE_FILE_RETENTION_DAYS } from '@/domain/privacy'
import { globalSlugs } from '@/slugs'

/**
 * The Privacy global with defaults for anything unset: `privateFileRetentionDays` (whole days). A
 * system read (the rule applies to everyone). Read with `req`, so inside the caller's transaction.
 */
export const getPrivacySettings = async (
  req: PayloadRequest,
): Promise<{ privateFileRetentionDays: number }> => {
  const doc = (await req.payload.findGlobal({
    slug: globalSlugs.privacy,
    req,
    overrideAccess: true,
    depth: 0,
  })) as { privateFileRetentionDays?: number | null }
  return {
    privateFileRetentionDays: doc.privateFileRetentionDays ?? DEFAULT_PRIVATE_FILE_RETENTION_DAYS,
  }
}
