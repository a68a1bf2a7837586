import type { Locale } from '@/i18n/locales'
import type { Accent, Language } from '@/payload-types'

/** A language or accent as pages show it: its id (as in URLs) and its names in both languages. */
export type VocabularyView = { code: string; en: string; nl: string }

/**
 * The view of a populated language or accent; an unpopulated one (a bare id, e.g. a row the
 * visitor may not read because the agency made it inactive) is shown by its id.
 */
export const vocabularyView = (value: string | Language | Accent): VocabularyView =>
  typeof value === 'string'
    ? { code: value, en: value, nl: value }
    : { code: value.id, en: value.nameEn, nl: value.nameNl }

/** The name people read in `locale`: vocabularyName({ code: 'nl', en: 'Dutch', nl: 'Nederlands' }, 'nl') → "Nederlands". */
export const vocabularyName = (view: VocabularyView, locale: Locale): string =>
  locale === 'nl' ? view.nl : view.en
