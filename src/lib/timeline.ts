import type { AuditAction } from '@/audit/actions'
import type { BookingStatus } from '@/domain/bookingStatus'
import { agencyZoneAbbreviation, formatDate } from '@/domain/dateFormat'
import { DAY_MS } from '@/domain/time'
import type { Locale } from '@/i18n/locales'
import { translatorFor } from '@/i18n/translate'

import { labelFor } from './labels'

/**
 * The booking page's history in words people use (issue 13, "the timeline speaks human"):
 * "Sanne started recording", "You uploaded the script", "Version 2 approved automatically after
 * 7 days" — the actor's first name or "you", automatic steps placed right after the action that
 * caused them, grouped by day on the agency's clock. Sentences come from the `timeline` catalogue.
 * Pure: no Payload, no database; the page hands in the events it may read.
 */

type Id = number | string

/** One audit event as the booking page reads it (`audit-events`, depth 0). */
export type TimelineEvent = {
  id: Id
  action: AuditAction
  createdAt: string
  actorType?: 'user' | 'system' | null
  /** The user who acted (an id at depth 0); null for the system or an erased account. */
  actor?: Id | { id: Id } | null
  fromStatus?: BookingStatus | null
  toStatus?: BookingStatus | null
  details?: unknown
}

/** Who is who on this booking, for naming actors. Names may be full names; the first word is used. */
export type TimelineParties = {
  viewerId: Id
  customerId: Id | null
  artistId: Id | null
  customerName?: string | null
  artistName?: string | null
}

/** One line: when (ISO and "14:05 CET"), what, and whether it followed from the line above. */
export type TimelineEntry = {
  id: string
  at: string
  time: string
  text: string
  /** No person acted (a timer, the system reacting to an upload). */
  automatic: boolean
  /** A consequence of the entry before it (a status change after an upload or a decision). */
  followsPrevious: boolean
}

/** One day of the history: its Amsterdam date (`YYYY-MM-DD`), heading and lines, oldest first. */
export type TimelineDay = { date: string; heading: string; entries: TimelineEntry[] }

/** Events that are not history a party reads on the page (per-person downloads of audio, account events). */
const HIDDEN: ReadonlySet<AuditAction> = new Set([
  'deliverable.downloaded',
  'account.email_changed',
])

/** Effects written in the same transaction as their cause are at most this far apart. */
const SAME_STEP_MS = 5_000
/** The invoice issued by the completion job follows the completion within minutes. */
const INVOICE_AFTER_MS = 60 * 60 * 1000

const idOf = (value: unknown): string | null => {
  if (value === null || value === undefined) return null
  if (typeof value === 'object' && 'id' in value) return String((value as { id: Id }).id)
  return String(value)
}

const detail = (event: TimelineEvent, key: string): unknown =>
  typeof event.details === 'object' && event.details !== null
    ? (event.details as Record<string, unknown>)[key]
    : undefined

const timeOf = (event: TimelineEvent): number => new Date(event.createdAt).getTime()

const isSystem = (event: TimelineEvent): boolean =>
  event.actorType === 'system' || (event.actorType !== 'user' && idOf(event.actor) === null)

/**
 * Whether `effect` is a step that `cause` set off, and how far apart they may be written:
 * the status change an upload or decision makes (same transaction), and the invoice the system
 * issues after a booking is completed (the completion job, later).
 */
const causedBy = (effect: TimelineEvent, cause: TimelineEvent): boolean => {
  const gap = timeOf(effect) - timeOf(cause)
  if (effect.action === 'booking.status_changed') {
    if (Math.abs(gap) > SAME_STEP_MS) return false
    if (effect.toStatus === 'script_received') return cause.action === 'script.uploaded'
    if (effect.fromStatus === 'in_production' && effect.toStatus === 'review') {
      return (
        cause.action === 'deliverable.uploaded' ||
        cause.action === 'deliverable.published' ||
        cause.action === 'deliverable.released'
      )
    }
    if (effect.fromStatus === 'review') return cause.action === 'deliverable.decided'
    return false
  }
  if (
    (effect.action === 'invoice.issued' || effect.action === 'credit_note.issued') &&
    isSystem(effect)
  ) {
    return (
      gap >= 0 &&
      gap <= INVOICE_AFTER_MS &&
      cause.action === 'booking.status_changed' &&
      cause.toStatus === (effect.action === 'invoice.issued' ? 'completed' : 'cancelled')
    )
  }
  return false
}

const byTime = (a: TimelineEvent, b: TimelineEvent): number =>
  timeOf(a) - timeOf(b) || String(a.id).localeCompare(String(b.id), 'en', { numeric: true })

/**
 * The events in reading order: by time, except that a step set off by another (`causedBy`) comes
 * right after its cause — the audit trail writes a transition before the upload or decision that
 * triggered it, in the same transaction. Each effect follows its nearest cause in time.
 * Returns the events with `followsPrevious` set on effects; hidden events are left out.
 */
export const orderTimeline = (
  events: readonly TimelineEvent[],
): { event: TimelineEvent; followsPrevious: boolean }[] => {
  const sorted = events.filter((e) => !HIDDEN.has(e.action)).sort(byTime)
  const causeOf = new Map<number, number>()
  sorted.forEach((effect, i) => {
    let best: number | null = null
    sorted.forEach((cause, j) => {
      if (i === j || !causedBy(effect, cause)) return
      const distance = Math.abs(timeOf(effect) - timeOf(cause))
      if (best === null || distance < Math.abs(timeOf(effect) - timeOf(sorted[best]!))) best = j
    })
    if (best !== null) causeOf.set(i, best)
  })
  const effectsOf = new Map<number, number[]>()
  for (const [effect, cause] of causeOf) {
    effectsOf.set(
      cause,
      [...(effectsOf.get(cause) ?? []), effect].sort((a, b) => a - b),
    )
  }
  const out: { event: TimelineEvent; followsPrevious: boolean }[] = []
  const seen = new Set<number>()
  const visit = (i: number, followsPrevious: boolean) => {
    if (seen.has(i)) return
    seen.add(i)
    out.push({ event: sorted[i]!, followsPrevious })
    for (const effect of effectsOf.get(i) ?? []) visit(effect, true)
  }
  sorted.forEach((_, i) => {
    if (!causeOf.has(i)) visit(i, false)
  })
  // An effect whose causes form a loop (not possible with the rules above) still shows, in time order.
  sorted.forEach((_, i) => visit(i, false))
  return out
}

const firstName = (name: string | null | undefined): string | null =>
  name?.trim().split(/\s+/)[0] || null

type Translate = ReturnType<typeof translatorFor<'timeline'>>

/** "you", or the actor's first name ("Sanne"), their role's word, or "14voices" for staff. */
const actorOf = (
  event: TimelineEvent,
  parties: TimelineParties,
  t: Translate,
): { you: true } | { you: false; name: string } => {
  const actor = idOf(event.actor)
  if (actor !== null && actor === String(parties.viewerId)) return { you: true }
  if (actor !== null && actor === idOf(parties.customerId)) {
    return { you: false, name: firstName(parties.customerName) ?? t('names.customer') }
  }
  if (actor !== null && actor === idOf(parties.artistId)) {
    return { you: false, name: firstName(parties.artistName) ?? t('names.artist') }
  }
  return { you: false, name: actor === null ? t('names.someone') : t('names.agency') }
}

type PersonalKey =
  | 'created'
  | 'updated'
  | 'scriptUploaded'
  | 'scriptReplaced'
  | 'scriptDownloaded'
  | 'startedRecording'
  | 'versionDelivered'
  | 'approved'
  | 'revisionRequested'
  | 'cancelled'
  | 'statusChanged'
  | 'invoiceIssued'
  | 'creditNoteIssued'
  | 'invoiceDownloaded'
  | 'recordingDownloaded'

/** Days between the booking going to review and `approval` (the review period that ran out). */
const reviewDays = (approval: TimelineEvent, events: readonly TimelineEvent[]): number | null => {
  const start = events
    .filter(
      (e) =>
        e.action === 'booking.status_changed' &&
        e.toStatus === 'review' &&
        timeOf(e) <= timeOf(approval),
    )
    .sort(byTime)
    .pop()
  if (!start) return null
  const days = Math.round((timeOf(approval) - timeOf(start)) / DAY_MS)
  return days >= 1 ? days : null
}

/**
 * One event as a sentence in `locale`. `followsPrevious` status changes read "Status is now …";
 * `all` is the whole history (to tell how long an automatic approval waited). Pure.
 */
export const describeEvent = ({
  event,
  parties,
  locale,
  followsPrevious = false,
  all = [],
}: {
  event: TimelineEvent
  parties: TimelineParties
  locale: Locale
  followsPrevious?: boolean
  all?: readonly TimelineEvent[]
}): string => {
  const t = translatorFor(locale, 'timeline')
  const status = (value: BookingStatus | null | undefined) =>
    labelFor('status', value, locale) || String(value ?? '')
  const system = isSystem(event)
  const personal = (key: PersonalKey, values: Record<string, string | number> = {}): string => {
    const who = actorOf(event, parties, t)
    return who.you
      ? t(`events.${key}.you`, values)
      : t(`events.${key}.other`, { ...values, name: who.name })
  }
  const version = Number(detail(event, 'version')) || 1
  const number = String(detail(event, 'number') ?? '')
  switch (event.action) {
    case 'booking.created':
      return personal('created')
    case 'booking.updated':
      return personal('updated')
    case 'booking.status_changed': {
      const to = status(event.toStatus)
      if (followsPrevious) return t('automatic.statusNow', { to })
      if (event.toStatus === 'cancelled') {
        return system ? t('automatic.cancelled') : personal('cancelled')
      }
      if (system) return t('automatic.statusChanged', { to })
      if (event.fromStatus === 'script_received' && event.toStatus === 'in_production') {
        return personal('startedRecording')
      }
      return personal('statusChanged', { to })
    }
    case 'script.uploaded':
      return personal('scriptUploaded')
    case 'script.replaced':
      return personal('scriptReplaced', { version })
    case 'script.downloaded':
      return personal('scriptDownloaded')
    case 'deliverable.uploaded':
      return personal('versionDelivered', { version })
    case 'deliverable.decided': {
      if (detail(event, 'decision') !== 'approved')
        return personal('revisionRequested', { version })
      if (!system) return personal('approved', { version })
      const days = reviewDays(event, all)
      return days === null
        ? t('automatic.approved', { version })
        : t('automatic.approvedAfter', { version, days })
    }
    case 'invoice.issued':
      return system
        ? t('automatic.invoiceIssued', { number })
        : personal('invoiceIssued', { number })
    case 'credit_note.issued':
      return system
        ? t('automatic.creditNoteIssued', { number })
        : personal('creditNoteIssued', { number })
    case 'invoice.downloaded':
      return personal('invoiceDownloaded')
    case 'deliverable.downloaded':
      return personal('recordingDownloaded')
    case 'invoice.corrected':
      return translatorFor(locale, 'billingDetails')('timeline.corrected', {
        number: String(detail(event, 'number') ?? ''),
        newNumber: String(detail(event, 'newNumber') ?? ''),
      })
    case 'account.erased':
      return detail(event, 'as') === 'artist'
        ? t('automatic.artistErased')
        : t('automatic.customerErased')
    case 'account.email_changed':
      return t('automatic.emailChanged')
    case 'files.purged':
      return t('automatic.filesPurged')
    case 'booking.word_count_confirmed':
      return translatorFor(locale, 'scriptTiming')('timelineConfirmed', {
        words: Number(detail(event, 'spokenWords')) || 0,
      })
    case 'deliverable.published':
      return translatorFor(locale, 'qc')('timeline.published', { version })
    case 'deliverable.released': {
      const who = actorOf(event, parties, t)
      const qc = translatorFor(locale, 'qc')
      return who.you
        ? qc('timeline.released.you', { version })
        : qc('timeline.released.other', { version, name: who.name })
    }
    case 'message.posted': {
      const thread = translatorFor(locale, 'thread')
      if (actorOf(event, parties, t).you) return thread('timeline.postedYou')
      const role = detail(event, 'authorRole')
      return thread('timeline.posted', { role: typeof role === 'string' ? role : 'other' })
    }
  }
}

const dayKeyFormat = new Intl.DateTimeFormat('en-CA', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  timeZone: 'Europe/Amsterdam',
})
const clockFormat = new Intl.DateTimeFormat('en-GB', {
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/Amsterdam',
})

/** "14:05 CET": the agency's wall clock with its zone (the same in both languages). */
export const timelineTime = (at: string | Date): string =>
  `${clockFormat.format(new Date(at))} ${agencyZoneAbbreviation(at)}`

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1)

/**
 * The history grouped by Amsterdam day, oldest first: each day headed "Monday 30 November 2026" /
 * "Maandag 30 november 2026", each line with its time ("14:05 CET") and sentence, automatic steps
 * after the action that caused them (`orderTimeline`). A consequence stays under its cause's day
 * even when written just after midnight. Input: the booking's audit events (any order), who is who,
 * the page's language. Pure; no errors.
 */
export const buildTimeline = ({
  events,
  parties,
  locale,
}: {
  events: readonly TimelineEvent[]
  parties: TimelineParties
  locale: Locale
}): TimelineDay[] => {
  const days: TimelineDay[] = []
  for (const { event, followsPrevious } of orderTimeline(events)) {
    const date = dayKeyFormat.format(new Date(event.createdAt))
    let day = days.at(-1)
    if (!day || (day.date !== date && !followsPrevious)) {
      day = {
        date,
        heading: capitalise(formatDate(event.createdAt, { locale, weekday: true })),
        entries: [],
      }
      days.push(day)
    }
    day.entries.push({
      id: String(event.id),
      at: event.createdAt,
      time: timelineTime(event.createdAt),
      text: describeEvent({ event, parties, locale, followsPrevious, all: events }),
      automatic: isSystem(event),
      followsPrevious,
    })
  }
  return days
}
