import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import {
  addCalendarDays,
  addWorkingDays,
  agencyDateOf,
  atAgencyTime,
  DEFAULT_END_OF_DAY,
} from '@/domain/time'
import { globalSlugs, slugs } from '@/slugs'

import type { Doc } from '../helpers/journey'
import { journey } from '../helpers/journey'
import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import type { RestClient } from '../helpers/rest'
import { restClient } from '../helpers/rest'
import { createUser, createVoiceover, PASSWORD } from '../helpers/scenario'

// The deadline is set when the script arrives, "now", so expectations are derived from the clock
// around the upload with the rules of src/domain/time.ts: weekends and Dutch holidays are skipped by
// `addWorkingDays` without closure days; each closure day then pushes the deadline one working day.

let ctx: TestContext
let api: RestClient
let steps: ReturnType<typeof journey>
const tokens: Record<string, string> = {}
const TURNAROUND = 3

beforeAll(async () => {
  ctx = await bootPayload()
  api = restClient(ctx.config)
  const { payload } = ctx
  const admin = await createUser({ payload, role: 'admin' })
  const customer = await createUser({ payload, role: 'customer' })
  const artist = await createUser({ payload, role: 'voiceover' })
  tokens.admin = await api.login(admin.email, PASSWORD)
  tokens.customer = await api.login(customer.email, PASSWORD)
  const voiceover = await createVoiceover({ payload, user: artist.id, turnaroundDays: TURNAROUND })
  steps = journey(api, () => voiceover.id)
})

afterAll(async () => {
  await ctx?.cleanup()
})

const setPricing = (data: Record<string, unknown>) =>
  api.post<{ result?: Doc; errors?: { message: string }[] }>(`/globals/${globalSlugs.pricing}`, {
    token: tokens.admin,
    json: data,
    // Validation sentences follow the admin language; these assertions read the English ones.
    headers: { 'Accept-Language': 'en' },
  })

beforeEach(async () => {
  const res = await setPricing({ endOfDay: DEFAULT_END_OF_DAY, closureDays: [] })
  expect(res.status).toBe(200)
})

/** Books, uploads a script and returns the stored deadline with the clock read around the upload. */
const deadlineOfNewBooking = async () => {
  const booking = await steps.book(tokens.customer)
  const before = new Date()
  const upload = await steps.uploadScript(tokens.customer, booking.id)
  const after = new Date()
  expect(upload.status).toBe(201)
  const stored = await ctx.payload.findByID({ collection: slugs.bookings, id: booking.id })
  expect(stored.status).toBe('script_received')
  return { deadline: stored.deadline as string, before, after }
}

/** Day 0 per the rule: today if it's a working day and before the end of day, else the next one. */
const dayZero = (at: Date, endOfDay: string) => {
  const today = agencyDateOf(at)
  const inTime =
    addWorkingDays({ date: today, days: 0 }) === today &&
    at.getTime() < atAgencyTime({ date: today, time: endOfDay }).getTime()
  return inTime ? today : addWorkingDays({ date: addCalendarDays(today, 1), days: 0 })
}

/** The deadlines the rule allows for an upload between `before` and `after`, `extra` days later. */
const allowed = (before: Date, after: Date, endOfDay: string, extra = 0) =>
  [before, after].map((at) =>
    atAgencyTime({
      date: addWorkingDays({ date: dayZero(at, endOfDay), days: TURNAROUND + extra }),
      time: endOfDay,
    }).toISOString(),
  )

describe('deadlines when the script arrives', () => {
  it('should fall at the end of the agency’s working day, the turnaround in working days later', async () => {
    const { deadline, before, after } = await deadlineOfNewBooking()
    expect(allowed(before, after, DEFAULT_END_OF_DAY)).toContain(deadline)
  })

  it('should skip the closure days an admin sets in the Pricing global', async () => {
    // Close the first two working days after today's day 0: the deadline moves two working days.
    const zero = dayZero(new Date(), DEFAULT_END_OF_DAY)
    const closed = [
      addWorkingDays({ date: zero, days: 1 }),
      addWorkingDays({ date: zero, days: 2 }),
    ]
    const res = await setPricing({
      closureDays: closed.map((date) => ({ date, reason: 'Team days' })),
    })
    expect(res.status).toBe(200)

    const { deadline, before, after } = await deadlineOfNewBooking()
    expect(allowed(before, after, DEFAULT_END_OF_DAY, 2)).toContain(deadline)
    expect(closed).not.toContain(agencyDateOf(new Date(deadline)))
  })

  it('should use the end of day an admin sets in the Pricing global', async () => {
    // With the working day ending at 00:00 every upload is "after hours": day 0 is the next working day.
    const res = await setPricing({ endOfDay: '00:00' })
    expect(res.status).toBe(200)

    const { deadline, before, after } = await deadlineOfNewBooking()
    expect(allowed(before, after, '00:00')).toContain(deadline)
  })

  it('should refuse an end of day that is not an HH:MM time', async () => {
    const res = await setPricing({ endOfDay: '6pm' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('HH:MM on a 24-hour clock')
  })
})
