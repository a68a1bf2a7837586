'use client'

import { useSearchParams } from 'next/navigation'
import { useTranslations } from 'next-intl'

/** "Your account is gone", shown on the catalog after the "Delete my account" form (DeleteAccountForm)
 * sent the visitor to `/?account=deleted`. Read in the browser so the catalog page stays cacheable. */
export const AccountDeletedNotice = () => {
  const t = useTranslations('catalog')
  if (useSearchParams().get('account') !== 'deleted') return null
  return (
    <p className="notice notice--ok" role="status">
      {t('accountDeleted')}
    </p>
  )
}
