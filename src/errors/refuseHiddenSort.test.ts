import { describe, expect, it } from 'vitest'

import { sortFieldNames } from './refuseHiddenSort'

describe('sortFieldNames', () => {
  it('should read the top-level field of every sort key, in either direction', () => {
    expect(sortFieldNames('-quotedPrice,createdAt')).toEqual(['quotedPrice', 'createdAt'])
    expect(sortFieldNames(['+name', 'voiceover.name'])).toEqual(['name', 'voiceover'])
  })

  it('should ignore what is not a sort', () => {
    expect(sortFieldNames(undefined)).toEqual([])
    expect(sortFieldNames(',')).toEqual([])
    expect(sortFieldNames([3, null])).toEqual([])
  })
})
