'use client'

import { useLocale, useTranslations } from 'next-intl'

import type { AuthContext } from './authRequests'

/** The page's language and the `auth.problems` sentences, for the account requests in `authRequests`. */
export const useAuthContext = (): AuthContext => {
  const locale = useLocale()
  const t = useTranslations('auth.problems')
  return { locale, t }
}
