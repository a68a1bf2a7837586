import type { Locale } from './locales'
import type { Messages } from './messages'

// Typed keys and locales for next-intl: a `t('…')` with a key the catalogue lacks fails typecheck.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale
    Messages: Messages
  }
}
