import { describe, expect, it } from 'vitest'

import { statusLabels, statusLabelsNl } from '@/domain/bookingStatus'

import { describeEvent } from './timeline'

describe('describeEvent', () => {
  it('should name a status change with the statuses of the page language', () => {
    const event = {
      action: 'booking.status_changed',
      fromStatus: 'in_production',
      toStatus: 'review',
    } as const
    const nl = describeEvent(event, 'nl')
    const en = describeEvent(event, 'en')
    expect(nl).toContain(statusLabelsNl.in_production)
    expect(nl).toContain(statusLabelsNl.review)
    expect(en).toContain(statusLabels.in_production)
    expect(en).toContain(statusLabels.review)
  })

  it('should say a system change happened automatically, in each language', () => {
    const event = {
      action: 'booking.status_changed',
      actorType: 'system',
      fromStatus: 'review',
      toStatus: 'completed',
    } as const
    expect(describeEvent(event, 'en')).toMatch(/automatically/)
    expect(describeEvent(event, 'nl')).toMatch(/automatisch/)
  })

  it('should name the delivered version number', () => {
    const event = { action: 'deliverable.uploaded', details: { version: 3 } } as const
    expect(describeEvent(event, 'nl')).toMatch(/\b3\b/)
    expect(describeEvent(event, 'nl')).not.toBe(describeEvent(event, 'en'))
  })
})
