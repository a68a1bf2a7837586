import { getTranslations } from 'next-intl/server'

import type { QcProblemKey } from '@/domain/deliveryQc'
import type { Deliverable } from '@/payload-types'

import { ReleaseDeliveryForm } from './ReleaseDeliveryForm'

const shownValues = [
  'integratedLufs',
  'truePeakDbtp',
  'loudnessRangeLu',
  'sampleRateHz',
  'bitDepth',
  'channels',
  'durationSeconds',
  'leadingSilenceSeconds',
  'trailingSilenceSeconds',
  'clippedSamples',
] as const

/**
 * The technical check of one delivered version on the booking page. The artist and admins see the
 * status (being checked / passed / failed), the measured values with their units, each problem as a
 * sentence in the page's language, and — for a failed or pending check on the newest version — the
 * release form. The customer only ever sees versions shown to them: "technical check passed" with
 * the values, or "released by the artist" with the artist's note and the problems. Nothing for deliveries made before
 * the check existed (no status). A take released without passing also shows the customer what it
 * did not meet, so they know what they are approving.
 */
export const DeliveryQcReport = async ({
  qc,
  version,
  viewer,
  canRelease,
  deliverableId,
}: {
  qc: Deliverable['qc']
  version: number
  viewer: 'customer' | 'artist' | 'admin'
  /** The newest version, of a booking in production or review, not yet shown to the customer. */
  canRelease: boolean
  deliverableId: number
}) => {
  if (!qc?.status) return null
  const t = await getTranslations('qc')
  const released = Boolean(qc.releasedAt)
  const badge = released && qc.status !== 'passed' ? 'released' : qc.status
  const values = shownValues.filter((name) => typeof qc[name] === 'number')
  const problems = (qc.problems ?? []) as { key: QcProblemKey; values?: unknown }[]
  const staff = viewer !== 'customer'
  return (
    <div className="qc" data-testid={`version-${version}-qc`} data-qc-status={qc.status}>
      <p
        className={badge === 'passed' ? 'notice notice--ok' : 'notice'}
        data-testid={`version-${version}-qc-badge`}
      >
        <strong>{t(`badge.${badge}`)}</strong>
        {staff && !qc.publishedAt && <> · {t('hiddenFromCustomer')}</>}
      </p>
      {staff && qc.status === 'pending' && <p className="muted">{t('pendingHint')}</p>}
      {values.length > 0 && (
        <ul className="qc__values" aria-label={t('heading')}>
          {values.map((name) => (
            <li key={name}>{t(`values.${name}`, { value: qc[name] as number })}</li>
          ))}
        </ul>
      )}
      {!staff && badge === 'released' && problems.length > 0 && (
        <p data-testid={`version-${version}-released-failed`}>{t('releasedFailedHint')}</p>
      )}
      {staff && problems.length > 0 && <p>{t('problemsHeading')}</p>}
      {(staff || badge === 'released') && problems.length > 0 && (
        <ul className="qc__problems" data-testid={`version-${version}-qc-problems`}>
          {problems.map((p, i) => (
            <li key={i}>
              {t(`problem.${p.key}`, (p.values ?? {}) as Record<string, string | number>)}
            </li>
          ))}
        </ul>
      )}
      {released && qc.releaseNote && (
        <p className="prewrap" data-testid={`version-${version}-release-note`}>
          {t('releaseNoteLabel')}: {qc.releaseNote}
        </p>
      )}
      {staff && qc.status === 'failed' && !qc.publishedAt && (
        <p className="muted">{t('failedHint')}</p>
      )}
      {staff && canRelease && <ReleaseDeliveryForm deliverableId={deliverableId} />}
    </div>
  )
}
