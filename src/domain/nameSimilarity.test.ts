import { describe, expect, it } from 'vitest'

import { nameSimilarity, trigrams } from './nameSimilarity'

describe('trigrams', () => {
  it('should pad each word as pg_trgm does', () => {
    expect([...trigrams('Sanee')]).toEqual(['  s', ' sa', 'san', 'ane', 'nee', 'ee '])
  })
})

describe('nameSimilarity', () => {
  it('should score a one-letter typo in a first name at 0.5, as pg_trgm word_similarity', () => {
    expect(nameSimilarity('sanee', 'Sanne Zonnig')).toBe(0.5)
  })

  it('should score an exact word at 1 and an unrelated name low', () => {
    expect(nameSimilarity('Zonnig', 'Sanne Zonnig')).toBe(1)
    expect(nameSimilarity('bram', 'Sanne Zonnig')).toBeLessThan(0.2)
  })

  it('should score a search without letters or digits at 0', () => {
    expect(nameSimilarity('  !? ', 'Sanne Zonnig')).toBe(0)
  })

  it('should compare without case and keep diacritics', () => {
    expect(nameSimilarity('CHLOÉ', 'Chloé Martin')).toBe(1)
    expect(nameSimilarity('chloe', 'Chloé Martin')).toBeLessThan(1)
  })
})
