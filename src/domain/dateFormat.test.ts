import { afterEach, describe, expect, it } from 'vitest'

import { agencyZoneAbbreviation, formatDate, formatDateTime, viewerTimeLabel } from './dateFormat'
import { atAgencyTime } from './time'

// Amsterdam: CET = UTC+1 in winter; CEST = UTC+2 from the last Sunday of March 01:00 UTC to the last
// Sunday of October 01:00 UTC (EU summer time rule). Expectations are derived from that.

describe('formatDateTime', () => {
  it('should name the zone in English', () => {
    // 17:00 UTC on 25 December is 18:00 CET.
    expect(formatDateTime('2026-12-25T17:00:00.000Z')).toBe(
      '25 December 2026, 18:00 CET (Amsterdam)',
    )
  })

  it('should name the zone in Dutch', () => {
    expect(formatDateTime('2026-12-25T17:00:00.000Z', { locale: 'nl' })).toBe(
      '25 december 2026 om 18:00 (Amsterdam-tijd, CET)',
    )
  })

  it('should name summer time CEST', () => {
    // 16:00 UTC on 26 June is 18:00 CEST.
    expect(formatDateTime('2026-06-26T16:00:00.000Z')).toBe('26 June 2026, 18:00 CEST (Amsterdam)')
  })

  it('should switch the zone name at the DST changes', () => {
    // 29 March 2026, 01:00 UTC: clocks go 02:00 CET → 03:00 CEST. 25 October 2026, 01:00 UTC: back.
    expect(formatDateTime('2026-03-29T00:59:00Z')).toBe('29 March 2026, 01:59 CET (Amsterdam)')
    expect(formatDateTime('2026-03-29T01:00:00Z')).toBe('29 March 2026, 03:00 CEST (Amsterdam)')
    expect(formatDateTime('2026-10-25T00:30:00Z')).toBe('25 October 2026, 02:30 CEST (Amsterdam)')
    expect(formatDateTime('2026-10-25T01:30:00Z')).toBe('25 October 2026, 02:30 CET (Amsterdam)')
  })

  it('should add the weekday and shorten the month on request', () => {
    expect(formatDateTime('2026-12-25T17:00:00Z', { weekday: true })).toBe(
      'Friday 25 December 2026, 18:00 CET (Amsterdam)',
    )
    expect(formatDateTime('2026-12-25T17:00:00Z', { month: 'short' })).toBe(
      '25 Dec 2026, 18:00 CET (Amsterdam)',
    )
  })

  it('should show midnight as 00:00 on the Amsterdam date', () => {
    // 23:00 UTC on 31 December is midnight on 1 January in Amsterdam.
    expect(formatDateTime('2026-12-31T23:00:00Z')).toBe('1 January 2027, 00:00 CET (Amsterdam)')
  })

  it('should give an empty string for a missing value', () => {
    expect(formatDateTime(null)).toBe('')
    expect(formatDateTime(undefined)).toBe('')
  })
})

describe('formatDate', () => {
  it('should give the Amsterdam calendar date without a time', () => {
    expect(formatDate('2026-12-31T23:30:00Z')).toBe('1 January 2027')
    expect(formatDate('2026-12-31T23:30:00Z', { locale: 'nl' })).toBe('1 januari 2027')
  })
})

describe('agencyZoneAbbreviation', () => {
  it('should follow the EU summer time rule', () => {
    expect(agencyZoneAbbreviation('2026-01-15T12:00:00Z')).toBe('CET')
    expect(agencyZoneAbbreviation('2026-07-15T12:00:00Z')).toBe('CEST')
  })
})

describe('viewerTimeLabel', () => {
  it('should show a New York viewer their own time', () => {
    // 17:00 UTC on 25 December is 12:00 in New York (EST, UTC−5), same day as Amsterdam.
    expect(
      viewerTimeLabel({
        value: '2026-12-25T17:00:00Z',
        viewerZone: 'America/New_York',
        viewerLocale: 'en-US',
      })?.replace(/\u202f/g, ' '),
    ).toBe('your time: 12:00 PM EST')
  })

  it('should add the day when the viewer’s date differs', () => {
    // 17:00 UTC on Friday 25 December is 02:00 on Saturday 26 December in Tokyo (UTC+9).
    const label = viewerTimeLabel({
      value: '2026-12-25T17:00:00Z',
      viewerZone: 'Asia/Tokyo',
      viewerLocale: 'en-GB',
    })
    expect(label).toContain('Sat')
    expect(label).toContain('26')
    expect(label).toContain('02:00')
  })

  it('should show nothing when the viewer’s clock shows Amsterdam’s time', () => {
    expect(viewerTimeLabel({ value: '2026-12-25T17:00:00Z', viewerZone: 'Europe/Amsterdam' })).toBe(
      null,
    )
    expect(viewerTimeLabel({ value: '2026-12-25T17:00:00Z', viewerZone: 'Europe/Berlin' })).toBe(
      null,
    )
  })
})

describe('the formatter’s zone', () => {
  const original = process.env.TZ
  afterEach(() => {
    process.env.TZ = original
  })

  it('should read the wall clock deadlines are computed on', () => {
    const deadline = atAgencyTime({ date: '2026-07-01', time: '09:15' })
    expect(formatDateTime(deadline)).toBe('1 July 2026, 09:15 CEST (Amsterdam)')
  })

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Tokyo'])(
    'should not depend on the server zone (TZ=%s)',
    (tz) => {
      process.env.TZ = tz
      expect(formatDateTime('2026-10-25T01:30:00Z')).toBe('25 October 2026, 02:30 CET (Amsterdam)')
      expect(formatDate('2026-12-31T23:30:00Z')).toBe('1 January 2027')
    },
  )
})
