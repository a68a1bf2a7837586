import { describe, expect, it } from 'vitest'

import { pickLegalPage } from './legal'

const pages = [
  { id: 1, kind: 'terms', language: 'nl' },
  { id: 2, kind: 'terms', language: 'en' },
  { id: 3, kind: 'privacy', language: 'nl' },
]

describe('pickLegalPage', () => {
  it('should pick the page in the reader’s language', () => {
    expect(pickLegalPage({ pages, kind: 'terms', locale: 'en' })?.id).toBe(2)
  })

  it('should fall back to the page in another language when the reader’s is missing', () => {
    expect(pickLegalPage({ pages, kind: 'privacy', locale: 'en' })?.id).toBe(3)
  })

  it('should return null when no page of the kind exists', () => {
    expect(pickLegalPage({ pages, kind: 'contact', locale: 'nl' })).toBeNull()
  })
})
