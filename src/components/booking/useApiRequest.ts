'use client'

import { useLocale, useTranslations } from 'next-intl'
import { useCallback, useMemo } from 'react'

import type { ProblemSentences } from './apiRequest'
import { apiRequest } from './apiRequest'

/**
 * The page's language for API calls: `locale` (sent as Accept-Language) and `sentences` for the
 * failures the server doesn't explain, from the `bookings.apiErrors` catalogue.
 */
export const useApiLanguage = (): { locale: string; sentences: ProblemSentences } => {
  const locale = useLocale()
  const t = useTranslations('bookings.apiErrors')
  const sentences = useCallback<ProblemSentences>((problem) => t(problem), [t])
  return useMemo(() => ({ locale, sentences }), [locale, sentences])
}

/** `apiRequest` in the page's language (Accept-Language and failure sentences). */
export const useApiRequest = (): typeof apiRequest => {
  const language = useApiLanguage()
  return useCallback<typeof apiRequest>(
    (options) => apiRequest({ ...language, ...options }),
    [language],
  )
}
