/**
 * Typo-tolerant name matching for the catalog search on SQLite, the way PostgreSQL's pg_trgm
 * matches names there (`word_similarity`): a word is cut into trigrams after lower-casing and padding
 * with two spaces in front and one behind (`sanee` → `  s`, ` sa`, `san`, `ane`, `nee`, `ee `), and
 * the similarity of a search to a name is the share of the search's trigrams the name also has.
 * "sanee" against "Sanne Zonnig" shares `  s`, ` sa`, `san`: 3 of 6, 0.5. Diacritics are kept as
 * pg_trgm keeps them; words are runs of letters and digits.
 */

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** The trigrams of every word of `text`, as pg_trgm makes them. */
export const trigrams = (text: string): Set<string> => {
  const out = new Set<string>()
  for (const word of words(text)) {
    const padded = `  ${word} `
    for (let i = 0; i + 3 <= padded.length; i += 1) out.add(padded.slice(i, i + 3))
  }
  return out
}

/**
 * How much of `search` appears in `name`, 0–1: the share of the search's trigrams found among the
 * name's. 0 for a search without letters or digits.
 */
export const nameSimilarity = (search: string, name: string): number => {
  const wanted = trigrams(search)
  if (wanted.size === 0) return 0
  const have = trigrams(name)
  let shared = 0
  for (const t of wanted) if (have.has(t)) shared += 1
  return shared / wanted.size
}
