import type { I18nClient } from '@payloadcms/translations'

import { DAY_MS } from '@/domain/time'
import { isLocale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translate'

/** The list's own filter for active licences that end between `now` and 30 days later. */
export const expiringFilterQuery = (now: Date): string => {
  const until = new Date(now.getTime() + 30 * DAY_MS)
  const params = new URLSearchParams({
    'where[and][0][status][equals]': 'active',
    'where[and][1][endsAt][greater_than_equal]': now.toISOString(),
    'where[and][2][endsAt][less_than_equal]': until.toISOString(),
    sort: 'endsAt',
  })
  return `?${params.toString()}`
}

/**
 * Above the admin's Licences list (a server component): the "expiring in the next 30 days" preset —
 * a link to the list filtered to active licences ending within 30 days, soonest first — and a link
 * back to all licences. In the admin's language (Payload's `i18n`).
 */
export const ExpiringLicencesLink = ({ i18n }: { i18n?: I18nClient }) => {
  const t = translatorFor(isLocale(i18n?.language) ? i18n.language : 'nl', 'licences')
  return (
    <div className="gutter--left gutter--right" style={{ display: 'flex', gap: '1.5rem' }}>
      <a href={expiringFilterQuery(new Date())} data-testid="licences-expiring-soon">
        {t('admin.expiringSoon')}
      </a>
      <a href="?">{t('admin.all')}</a>
    </div>
  )
}
