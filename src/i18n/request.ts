import { hasLocale } from 'next-intl'
import { getRequestConfig } from 'next-intl/server'

import { messages } from './messages'
import { routing } from './routing'

// next-intl loads this module through its Next.js plugin (next.config.ts) and requires a default export.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale
  return { locale, messages: messages[locale], timeZone: 'Europe/Amsterdam' }
})
