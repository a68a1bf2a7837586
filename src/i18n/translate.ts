import { createTranslator } from 'next-intl'

import { intlTag, type Locale } from './locales'
import { messages, type Messages } from './messages'

/**
 * A translator outside React (REST answers, emails, invoice PDFs, jobs): `translatorFor(locale,
 * 'errors')('booking.notFound', { id: 7 })` returns the sentence in `locale`. Throws nothing for a
 * missing key at runtime (next-intl returns the key path and logs); the catalogue test keeps keys
 * complete. Formats (numbers, dates) follow `intlTag[locale]`.
 */
export const translatorFor = <Namespace extends keyof Messages>(
  locale: Locale,
  namespace: Namespace,
) =>
  createTranslator({
    locale: intlTag[locale] ?? intlTag.nl,
    messages: messages[locale] as Messages,
    namespace,
    timeZone: 'Europe/Amsterdam',
  })
