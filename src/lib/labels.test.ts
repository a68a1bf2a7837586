import { describe, expect, it } from 'vitest'

import { bookingStatuses, statusLabels, statusLabelsNl } from '@/domain/bookingStatus'
import { genders, projectTypes } from '@/domain/catalog'
import { usageLabels } from '@/domain/pricing'

import { labelFor, usageLabel } from './labels'

describe('labelFor', () => {
  it.each(bookingStatuses)(
    'should name status %s on the pages as the agency names it in the admin',
    (status) => {
      expect(labelFor('status', status, 'nl')).toBe(statusLabelsNl[status])
      expect(labelFor('status', status, 'en')).toBe(statusLabels[status])
    },
  )

  it('should give every project type and gender of the vocabulary a name in both languages', () => {
    for (const list of [projectTypes, genders]) {
      for (const option of list) {
        const kind = list === projectTypes ? 'projectType' : 'gender'
        expect(labelFor(kind, option.value, 'nl'), option.value).toBe(option.labelNl)
        expect(labelFor(kind, option.value, 'en'), option.value).toBe(option.label)
      }
    }
  })

  it('should return an unknown value as is and nothing for an empty one', () => {
    expect(labelFor('projectType', 'podcast', 'nl')).toBe('podcast')
    expect(labelFor('projectType', null, 'nl')).toBe('')
  })
})

describe('usageLabel', () => {
  it('should name media, region and term in the page language', () => {
    const usage = { media: 'tv', region: 'national', term: 'perpetual' } as const
    expect(usageLabel(usage, 'nl')).toContain(usageLabels.national.nl)
    expect(usageLabel(usage, 'nl')).toContain(usageLabels.perpetual.nl)
    expect(usageLabel(usage, 'en')).toContain(usageLabels.perpetual.en)
  })

  it('should be empty while the usage is incomplete', () => {
    expect(usageLabel({ media: 'tv', region: null, term: 'perpetual' }, 'en')).toBe('')
  })
})
