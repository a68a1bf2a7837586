import type { AuditAction } from '@/audit/actions'
import type { BookingStatus } from '@/domain/bookingStatus'
import type { Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translate'

import { labelFor } from './labels'

type Event = {
  action: AuditAction
  actorType?: 'user' | 'system' | null
  fromStatus?: BookingStatus | null
  toStatus?: BookingStatus | null
  details?: unknown
}

const detail = (event: Event, key: string): unknown =>
  typeof event.details === 'object' && event.details !== null
    ? (event.details as Record<string, unknown>)[key]
    : undefined

/**
 * One line of the booking's history, in words a customer or artist reads, in `locale`: "Version 2
 * delivered" / "Versie 2 geleverd", "Recording → Customer review (automatically)". Sentences come
 * from the `bookings.timeline` catalogue, status names from `labels.status` (the agency's names).
 */
export const describeEvent = (event: Event, locale: Locale): string => {
  const t = translatorFor(locale, 'bookings')
  const automatic = event.actorType === 'system'
  switch (event.action) {
    case 'booking.created':
      return t('timeline.created')
    case 'booking.status_changed': {
      const names = {
        from: labelFor('status', event.fromStatus, locale) || t('timeline.unknownStatus'),
        to: labelFor('status', event.toStatus, locale) || t('timeline.unknownStatus'),
      }
      return automatic
        ? t('timeline.statusChangedAutomatically', names)
        : t('timeline.statusChanged', names)
    }
    case 'booking.updated':
      return t('timeline.updated')
    case 'script.uploaded':
      return t('timeline.scriptUploaded')
    case 'script.downloaded':
      return t('timeline.scriptDownloaded')
    case 'deliverable.uploaded': {
      const version = detail(event, 'version')
      return typeof version === 'number'
        ? t('timeline.versionDelivered', { version })
        : t('timeline.recordingDelivered')
    }
    case 'deliverable.downloaded':
      return t('timeline.recordingDownloaded')
    case 'deliverable.decided': {
      if (detail(event, 'decision') !== 'approved') return t('timeline.revisionRequested')
      return automatic ? t('timeline.approvedAutomatically') : t('timeline.approved')
    }
    case 'invoice.issued':
      return t('timeline.invoiceIssued')
    case 'invoice.downloaded':
      return t('timeline.invoiceDownloaded')
    case 'credit_note.issued':
      return t('timeline.creditNoteIssued')
    case 'account.erased':
      return detail(event, 'as') === 'artist'
        ? t('timeline.artistErased')
        : t('timeline.customerErased')
    case 'account.email_changed':
      // An account event: no booking's timeline shows it.
      return t('timeline.emailChanged')
    case 'files.purged':
      return t('timeline.filesPurged')
    case 'message.posted':
      return translatorFor(locale, 'live')('timeline.messagePosted')
  }
}
