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
    // The Intl tag (en-GB, nl-NL) rather than the routing locale: next-intl hands it to Intl for
    // dates, numbers and plural rules, and plain 'en' would format dates the US way.
    locale: (intlTag[locale] ?? intlTag.nl) as Locale,
    messages: messages[locale] as Messages,
    namespace,
    timeZone: 'Europe/Amsterdam',
  })
