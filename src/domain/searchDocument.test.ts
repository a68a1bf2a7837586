import { describe, expect, it } from 'vitest'

import { searchDocument } from './searchDocument'

describe('searchDocument', () => {
  it('should hold the name, tagline, bio and the names of styles, languages and accents in both languages', () => {
    const doc = searchDocument({
      name: 'Sanne de Vries',
      tagline: 'Warm  voice',
      bio: 'Ten years on radio.',
      styles: ['warm', 'deep'],
      languages: [{ en: 'Dutch', nl: 'Nederlands' }],
      accents: [{ en: 'Flemish (neutral)', nl: 'Vlaams (neutraal)' }],
    })
    expect(doc.split('\n')).toEqual([
      'Sanne de Vries',
      'Warm voice',
      'Ten years on radio.',
      'Warm Deep Diep',
      'Dutch Nederlands',
      'Flemish (neutral) Vlaams (neutraal)',
    ])
  })

  it('should leave out parts the artist has not filled in', () => {
    expect(searchDocument({ name: 'Thomas', tagline: null, styles: [] })).toBe('Thomas')
  })
})
