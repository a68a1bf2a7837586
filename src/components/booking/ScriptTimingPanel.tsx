import { getTranslations } from 'next-intl/server'

import type { WordCountState } from '@/collections/Bookings/wordCountState'
import { fitsTarget } from '@/domain/scriptTiming'
import { formatEuro } from '@/domain/money'
import type { TransitionActor } from '@/domain/bookingStatus'
import { intlTag, type Locale } from '@/i18n/locales'
import type { Booking } from '@/payload-types'

import { ConfirmWordCountButton } from './ConfirmWordCountButton'

/** Seconds as a duration people read: "0:31", "2:05". */
const clock = (seconds: number): string =>
  `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`

/**
 * The script's length on the booking page, for customer, artist and staff: the spoken word count,
 * the estimated duration at the project type's speaking rate, a warning when it won't fit the target
 * length, and — when the script is longer than booked and costs more — the new price for the
 * customer to confirm (the artist sees that production waits; artists never see prices).
 */
export const ScriptTimingPanel = async ({
  booking,
  state,
  role,
  rate,
  locale,
}: {
  booking: Booking
  state: WordCountState
  role: TransitionActor
  /** Words per minute of the booking's project type. */
  rate: number
  locale: Locale
}) => {
  const t = await getTranslations('scriptTiming')
  const script = state.script
  if (!script) return null
  const number = (n: number) => n.toLocaleString(intlTag[locale])
  const target = booking.targetSeconds ?? null
  const estimate = script.estimatedSeconds ?? null
  const fits = fitsTarget(estimate, target)
  const seesPrice = role !== 'artist'
  return (
    <div className="script-timing" data-testid="script-timing">
      <h3>{t('title')}</h3>
      {typeof script.wordCount === 'number' ? (
        <dl className="facts">
          <dt>{t('spokenWords')}</dt>
          <dd data-testid="spoken-word-count">{number(script.wordCount)}</dd>
          <dt>{t('bookedWords')}</dt>
          <dd>{number(state.bookedWords)}</dd>
          <dt>{t('estimate')}</dt>
          <dd data-testid="estimated-duration">
            {estimate === null ? t('unknown') : t('duration', { clock: clock(estimate), rate })}
          </dd>
          {target !== null && (
            <>
              <dt>{t('target')}</dt>
              <dd>{t('seconds', { seconds: target })}</dd>
            </>
          )}
        </dl>
      ) : (
        <p className="muted" data-testid="spoken-word-count-unknown">
          {t('countUnknown')}
        </p>
      )}
      {target !== null && estimate !== null && (
        <p className={fits ? 'muted' : 'notice notice--warning'} data-testid="target-fit">
          {fits
            ? t('fits', { target: clock(target) })
            : t(role === 'artist' ? 'tooLongArtist' : 'tooLong', {
                target: clock(target),
                estimate: clock(estimate),
              })}
        </p>
      )}
      {state.needsConfirmation && state.requote && (
        <div className="notice" data-testid="word-count-confirmation">
          {seesPrice ? (
            <>
              <p>
                {t('newPrice', {
                  spoken: number(script.wordCount ?? 0),
                  booked: number(state.bookedWords),
                  total: formatEuro(state.requote.totalCents, locale),
                  previous: formatEuro(booking.quotedPrice ?? 0, locale),
                })}
              </p>
              <p className="muted">{t('ifNot')}</p>
              {(role === 'customer' || role === 'admin') && (
                <ConfirmWordCountButton
                  bookingId={booking.id}
                  expectedTotalCents={state.requote.totalCents}
                  label={t('confirm', { total: formatEuro(state.requote.totalCents, locale) })}
                />
              )}
            </>
          ) : (
            <p>{t('artistWaits', { spoken: number(script.wordCount ?? 0) })}</p>
          )}
        </div>
      )}
    </div>
  )
}
