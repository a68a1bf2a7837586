import { describe, expect, it } from 'vitest'

import { searchTextOf } from './searchText'

describe('searchTextOf', () => {
  it('should drop control characters, and become empty when nothing else is left', () => {
    expect(searchTextOf('warm\u0000stem\u001b[0m')).toBe('warmstem[0m')
    expect(searchTextOf('\u0000')).toBe('')
  })

  it('should drop format characters: zero-width spaces, direction overrides, soft hyphens', () => {
    expect(searchTextOf('\u200B')).toBe('')
    expect(searchTextOf('san\u200Bne')).toBe('sanne')
    expect(searchTextOf('\u202Esanne')).toBe('sanne')
    expect(searchTextOf('\uFEFFwarm\u00ADe stem')).toBe('warme stem')
  })

  it('should drop unpaired surrogates and the replacement character of bytes that were not UTF-8', () => {
    expect(searchTextOf('a\uD800b')).toBe('ab')
    expect(searchTextOf(decodeURIComponent('%EF%BF%BD') + 'anna')).toBe('anna')
  })

  it('should turn white space of any kind into single spaces, trimmed', () => {
    expect(searchTextOf('  warm\u00A0\t\nvoice\u2003 ')).toBe('warm voice')
    expect(searchTextOf('a\u0085b')).toBe('ab')
  })

  it('should treat a composed and a decomposed accent as the same text', () => {
    expect(searchTextOf('Rene\u0301')).toBe('Ren\u00e9')
  })

  it('should cut by characters, never inside an emoji', () => {
    const q = searchTextOf(`${'a'.repeat(79)}🎙️x`, 80)
    expect([Array.from(q).length, q.endsWith('🎙')]).toEqual([80, true])
  })
})
