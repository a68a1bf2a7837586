import { existsSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { fontData, fontPath, fontRuns } from './invoiceFonts'

describe('fontRuns', () => {
  it('should keep Latin-1 punctuation such as the middle dot in the main font', () => {
    const footer = '14voices B.V.  ·  KvK 12345678  ·  IBAN NL91 ABNA 0417 1643 00'
    expect(fontRuns(footer)).toEqual([{ text: footer, family: 'main' }])
  })

  it('should set Japanese punctuation and the long-vowel mark with the kana around them', () => {
    expect(fontRuns('スーパー、')).toEqual([{ text: 'スーパー、', family: 'cjk' }])
  })

  it('should keep Latin, Greek, Cyrillic and Turkish text in one main-font run', () => {
    const text = 'Łódzka Ηχητική Звукозапись İstanbul €1.00'
    expect(fontRuns(text)).toEqual([{ text, family: 'main' }])
  })

  it('should put Chinese and Japanese characters, kana and CJK punctuation in CJK runs', () => {
    expect(fontRuns('Studio 声音、さくら。ABC')).toEqual([
      { text: 'Studio ', family: 'main' },
      { text: '声音、さくら。', family: 'cjk' },
      { text: 'ABC', family: 'main' },
    ])
  })

  it('should give no run for empty text', () => {
    expect(fontRuns('')).toEqual([])
  })

  it('should keep characters outside the Basic Multilingual Plane whole', () => {
    // U+20BB7 𠮷 is a Han ideograph written as a surrogate pair.
    expect(fontRuns('𠮷野家')).toEqual([{ text: '𠮷野家', family: 'cjk' }])
  })
})

describe('fontPath', () => {
  it.each([
    ['main', 'regular', /NotoSans-Regular\.ttf$/],
    ['main', 'bold', /NotoSans-Bold\.ttf$/],
    ['cjk', 'regular', /NotoSansHans-Regular\.otf$/],
    ['cjk', 'bold', /NotoSansHans-Bold\.otf$/],
  ] as const)('should find the %s %s font in its npm package', (family, weight, file) => {
    const found = fontPath(family, weight)
    expect(found).toMatch(file)
    expect(found).toContain('node_modules')
    expect(existsSync(found)).toBe(true)
  })

  it('should read a TrueType file for the main font and an OpenType (CFF) file for CJK', () => {
    // TrueType files start with version 0x00010000, CFF-flavoured OpenType with "OTTO".
    expect(fontData('main', 'regular').subarray(0, 4).toString('hex')).toBe('00010000')
    expect(fontData('cjk', 'regular').subarray(0, 4).toString('latin1')).toBe('OTTO')
  })
})
