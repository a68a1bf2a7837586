import { describe, expect, it } from 'vitest'

import { bookingListHref, isFiltered, parseBookingListFilters } from './bookingListFilters'

describe('parseBookingListFilters', () => {
  it('should read status, search, sort and pages from the URL', () => {
    expect(
      parseBookingListFilters({
        status: 'review',
        q: '  Summer   spot ',
        sort: 'oldest',
        page: '2',
        ipage: '3',
      }),
    ).toEqual({ status: 'review', q: 'Summer spot', sort: 'oldest', page: 2, invoicePage: 3 })
  })

  it('should drop unknown statuses and sorts, and use the default sort', () => {
    const filters = parseBookingListFilters({ status: 'lost', sort: 'price' }, 'deadline')
    expect(filters.status).toBeUndefined()
    expect(filters.sort).toBe('deadline')
    expect(isFiltered(filters)).toBe(false)
  })

  it('should fall back to page 1 for a page that is not a positive whole number', () => {
    for (const page of ['0', '-2', '1.5', 'two', '', '999999']) {
      expect(parseBookingListFilters({ page }).page).toBe(1)
    }
  })

  it('should use the first value when a parameter is repeated', () => {
    expect(parseBookingListFilters({ status: ['completed', 'review'] }).status).toBe('completed')
  })

  it('should cut a very long search', () => {
    expect(parseBookingListFilters({ q: 'x'.repeat(500) }).q).toHaveLength(80)
  })
})

describe('bookingListHref', () => {
  it('should leave out empty values, page 1 and the default sort', () => {
    expect(bookingListHref('/account/bookings', { sort: 'newest', page: 1, invoicePage: 1 })).toBe(
      '/account/bookings',
    )
  })

  it('should round-trip the filters', () => {
    const href = bookingListHref('/dashboard', {
      status: 'in_production',
      q: 'spot & co',
      sort: 'oldest',
      page: 3,
    })
    expect(href).toBe('/dashboard?status=in_production&q=spot+%26+co&sort=oldest&page=3')
    const params = Object.fromEntries(new URL(href, 'http://x').searchParams)
    expect(parseBookingListFilters(params)).toMatchObject({
      status: 'in_production',
      q: 'spot & co',
      sort: 'oldest',
      page: 3,
    })
  })
})
