import { useLocale, useTranslations } from 'next-intl'

import { formatDate } from '@/domain/dateFormat'
import { formatEuro } from '@/domain/money'
import { usageLabels } from '@/domain/pricing'
import { Link } from '@/i18n/navigation'
import type { Locale } from '@/i18n/locales'
import type { LicenceRow } from '@/lib/licenceList'

import { RenewLicenceButton } from './RenewLicenceButton'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Usage licences with what they cover and when they end (Amsterdam dates), in the page's language.
 * `now` is the render time (for "ends in N days"); customers get the renewal button.
 */
export const LicenceTable = ({
  licences,
  view,
  now,
}: {
  licences: LicenceRow[]
  view: 'customer' | 'artist'
  now: number
}) => {
  const t = useTranslations('licences')
  const locale = useLocale() as Locale
  const label = (value: keyof typeof usageLabels | null) =>
    value ? usageLabels[value][locale] : '—'
  return (
    <table className="booking-table licence-table" data-testid="licence-table">
      <thead>
        <tr>
          <th scope="col">{t('columns.project')}</th>
          <th scope="col">{t('columns.voice')}</th>
          <th scope="col">{t('columns.usage')}</th>
          <th scope="col">{t('columns.starts')}</th>
          <th scope="col">{t('columns.ends')}</th>
          <th scope="col">{t('columns.status')}</th>
          {view === 'customer' && <th scope="col">{t('columns.action')}</th>}
        </tr>
      </thead>
      <tbody>
        {licences.map((licence) => {
          const daysLeft = licence.endsAt
            ? Math.floor((new Date(licence.endsAt).getTime() - now) / DAY_MS)
            : null
          return (
            <tr key={licence.id} data-testid={`licence-${licence.id}`}>
              <td data-label={t('columns.project')}>
                {licence.bookingId ? (
                  <Link href={`/account/bookings/${licence.bookingId}`}>
                    {licence.projectTitle}
                  </Link>
                ) : (
                  licence.projectTitle
                )}
              </td>
              <td data-label={t('columns.voice')}>{licence.voice}</td>
              <td data-label={t('columns.usage')}>
                {t('usage', {
                  media: label(licence.media),
                  region: label(licence.region),
                  term: label(licence.term),
                })}
                {licence.aiVoiceCloning === 'prohibited' && (
                  <span className="muted">
                    <br />
                    {t('aiRestriction')}
                  </span>
                )}
              </td>
              <td data-label={t('columns.starts')}>{formatDate(licence.startsAt, { locale })}</td>
              <td data-label={t('columns.ends')} data-testid="licence-ends">
                {licence.endsAt ? formatDate(licence.endsAt, { locale }) : t('perpetual')}
                {licence.status === 'active' && daysLeft !== null && daysLeft >= 0 && (
                  <span className="muted">
                    <br />
                    {t('endsIn', { days: daysLeft })}
                  </span>
                )}
              </td>
              <td data-label={t('columns.status')}>{t(`status.${licence.status}`)}</td>
              {view === 'customer' && (
                <td data-label={t('columns.action')}>
                  {licence.renewalCents !== null ? (
                    <RenewLicenceButton
                      licenceId={licence.id}
                      price={formatEuro(licence.renewalCents, locale)}
                      project={licence.projectTitle}
                      usage={t('usage', {
                        media: label(licence.media),
                        region: label(licence.region),
                        term: label(licence.term),
                      })}
                      startsOn={formatDate(
                        licence.endsAt && new Date(licence.endsAt).getTime() > now
                          ? licence.endsAt
                          : new Date(now).toISOString(),
                        { locale },
                      )}
                    />
                  ) : (
                    '—'
                  )}
                </td>
              )}
            </tr>
          )
        })}
      </tbody>
    </table>
  )
}
