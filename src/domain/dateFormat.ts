/**
 * The one date formatter: every date and time a person reads (pages, emails, invoices) comes from
 * here, on the agency's clock, and every time names its zone — "25 December 2026, 18:00 CET
 * (Amsterdam)" / "25 december 2026 om 18:00 (Amsterdam-tijd, CET)". Dates without a time are
 * Amsterdam calendar dates. No Payload import and no holiday calendar, so pages can import it freely.
 */
import { tzOffset } from '@date-fns/tz'

export type DateLocale = 'nl' | 'en'

/** Kept in sync with `AGENCY_TIME_ZONE` in `./time` (not imported: that module loads the holidays). */
const ZONE = 'Europe/Amsterdam'

type Style = {
  /** Add the day of the week ("Friday 25 December 2026"). */
  weekday?: boolean
  /** "December" (default) or "Dec". */
  month?: 'long' | 'short'
}

const formatters = new Map<string, Intl.DateTimeFormat>()
const formatterFor = (locale: DateLocale, style: Style, zone: string): Intl.DateTimeFormat => {
  const key = `${locale}|${style.weekday ? 'w' : ''}|${style.month ?? 'long'}|${zone}`
  let f = formatters.get(key)
  if (!f) {
    f = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      weekday: style.weekday ? 'long' : undefined,
      day: 'numeric',
      month: style.month ?? 'long',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: zone,
    })
    formatters.set(key, f)
  }
  return f
}

const toDate = (value: string | Date): Date => (value instanceof Date ? value : new Date(value))

const partsOf = (instant: Date, locale: DateLocale, style: Style) => {
  const parts = formatterFor(locale, style, ZONE).formatToParts(instant)
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    parts.find((p) => p.type === type)?.value ?? ''
  const day = `${get('day')} ${get('month').replace(/\.$/, '')} ${get('year')}`
  return {
    date: style.weekday ? `${get('weekday')} ${day}` : day,
    time: `${get('hour')}:${get('minute')}`,
  }
}

/**
 * The zone's abbreviation at `instant`: "CET" (UTC+1, winter) or "CEST" (UTC+2, summer time),
 * derived from the offset itself so it doesn't depend on the locale's time-zone names.
 */
export const agencyZoneAbbreviation = (instant: string | Date): string => {
  const offset = tzOffset(ZONE, toDate(instant))
  if (offset === 60) return 'CET'
  if (offset === 120) return 'CEST'
  const sign = offset < 0 ? '-' : '+'
  const abs = Math.abs(offset)
  return `GMT${sign}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`
}

/**
 * A moment as a person reads it, on the Amsterdam clock with the zone named.
 * en: "25 December 2026, 18:00 CET (Amsterdam)"; nl: "25 december 2026 om 18:00 (Amsterdam-tijd, CET)".
 * Input: an ISO 8601 string or a Date; `locale` defaults to English. Empty string for null/undefined.
 */
export const formatDateTime = (
  value: string | Date | null | undefined,
  { locale = 'en', ...style }: Style & { locale?: DateLocale } = {},
): string => {
  if (value === null || value === undefined || value === '') return ''
  const instant = toDate(value)
  const { date, time } = partsOf(instant, locale, style)
  const zone = agencyZoneAbbreviation(instant)
  return locale === 'nl'
    ? `${date} om ${time} (Amsterdam-tijd, ${zone})`
    : `${date}, ${time} ${zone} (Amsterdam)`
}

/**
 * The Amsterdam calendar date of a moment, without a time: "25 December 2026" / "25 december 2026".
 * For invoice dates and other days. Empty string for null/undefined.
 */
export const formatDate = (
  value: string | Date | null | undefined,
  { locale = 'en', ...style }: Style & { locale?: DateLocale } = {},
): string => {
  if (value === null || value === undefined || value === '') return ''
  return partsOf(toDate(value), locale, style).date
}

/**
 * The same moment on the viewer's own clock, e.g. "12:00 PM EST" (with the day when it differs
 * from Amsterdam's), or null when the viewer's clock shows what Amsterdam's shows. Runs in the
 * browser after hydration: `viewerZone` is its IANA zone, `viewerLocale` its language tag. Pages
 * word it from their catalogue ("your time: …" / "jouw tijd: …").
 */
export const viewerClockTime = ({
  value,
  viewerZone,
  viewerLocale,
}: {
  value: string | Date
  viewerZone: string
  viewerLocale?: string
}): string | null => {
  const instant = toDate(value)
  const wall = (zone: string) =>
    new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'short',
      timeStyle: 'short',
      timeZone: zone,
    }).format(instant)
  if (wall(viewerZone) === wall(ZONE)) return null
  const sameDay =
    new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeZone: viewerZone }).format(
      instant,
    ) === new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeZone: ZONE }).format(instant)
  const local = new Intl.DateTimeFormat(viewerLocale, {
    ...(sameDay ? {} : { weekday: 'short', day: 'numeric', month: 'short' }),
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone: viewerZone,
  }).format(instant)
  return local
}

/** `viewerClockTime` in English: "your time: 12:00 PM EST", or null (see there). */
export const viewerTimeLabel = (input: {
  value: string | Date
  viewerZone: string
  viewerLocale?: string
}): string | null => {
  const local = viewerClockTime(input)
  return local === null ? null : `your time: ${local}`
}
