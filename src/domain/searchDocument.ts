import { voiceStyles } from './catalog'

/** What the catalog's free-text search reads of one artist. Names are given in both languages. */
export type SearchSource = {
  name: string
  tagline?: string | null
  bio?: string | null
  styles?: readonly string[] | null
  languages?: readonly { en: string; nl: string }[]
  accents?: readonly { en: string; nl: string }[]
}

const uniq = (words: string[]): string[] => [...new Set(words.filter(Boolean))]

/**
 * The text indexed for an artist's free-text search (PostgreSQL full-text + trigram, SQLite FTS5):
 * the name first (so a typo in it still scores), then tagline, bio, and the English and Dutch
 * names of their styles, languages and accents, one part per line.
 * Example: { name: 'Sanne', styles: ['warm'] } → "Sanne\nWarm".
 */
export const searchDocument = (source: SearchSource): string => {
  const styleNames = (source.styles ?? []).flatMap((value) => {
    const style = voiceStyles.find((s) => s.value === value)
    return style ? [style.label, style.labelNl] : [value]
  })
  const names = (list: readonly { en: string; nl: string }[] | undefined) =>
    (list ?? []).flatMap((x) => [x.en, x.nl])
  return [
    source.name,
    source.tagline ?? '',
    source.bio ?? '',
    uniq(styleNames).join(' '),
    uniq(names(source.languages)).join(' '),
    uniq(names(source.accents)).join(' '),
  ]
    .map((part) => part.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
}
