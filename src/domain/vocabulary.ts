/**
 * The starting vocabulary of the `languages` and `accents` collections, which the agency manages
 * in the admin from then on. Pure data, no Payload import: the migration's data step inserts it,
 * and maps the accents that were free text before onto it (`aliases`).
 *
 * Language ids are ISO 639-1 codes, with an ISO 3166 region where the agency sells the variant
 * apart (nl-BE: Flemish). Accent ids are lower-case slugs. Both ids appear in catalog URLs.
 */

export type VocabularyLanguage = { id: string; en: string; nl: string }
export type VocabularyAccent = {
  id: string
  language: string
  en: string
  nl: string
  /** Free-text accents stored before accents were data, mapped to this accent. */
  aliases?: string[]
}

/** ISO 639 languages in use in Dutch voice-over work: the 7 original ones first. */
export const vocabularyLanguages: VocabularyLanguage[] = [
  { id: 'nl', en: 'Dutch', nl: 'Nederlands' },
  { id: 'nl-BE', en: 'Flemish', nl: 'Vlaams' },
  { id: 'en', en: 'English', nl: 'Engels' },
  { id: 'de', en: 'German', nl: 'Duits' },
  { id: 'fr', en: 'French', nl: 'Frans' },
  { id: 'es', en: 'Spanish', nl: 'Spaans' },
  { id: 'it', en: 'Italian', nl: 'Italiaans' },
  { id: 'fy', en: 'Frisian', nl: 'Fries' },
  { id: 'pt', en: 'Portuguese', nl: 'Portugees' },
  { id: 'pt-BR', en: 'Brazilian Portuguese', nl: 'Braziliaans-Portugees' },
  { id: 'da', en: 'Danish', nl: 'Deens' },
  { id: 'sv', en: 'Swedish', nl: 'Zweeds' },
  { id: 'no', en: 'Norwegian', nl: 'Noors' },
  { id: 'fi', en: 'Finnish', nl: 'Fins' },
  { id: 'is', en: 'Icelandic', nl: 'IJslands' },
  { id: 'pl', en: 'Polish', nl: 'Pools' },
  { id: 'cs', en: 'Czech', nl: 'Tsjechisch' },
  { id: 'sk', en: 'Slovak', nl: 'Slowaaks' },
  { id: 'hu', en: 'Hungarian', nl: 'Hongaars' },
  { id: 'ro', en: 'Romanian', nl: 'Roemeens' },
  { id: 'bg', en: 'Bulgarian', nl: 'Bulgaars' },
  { id: 'el', en: 'Greek', nl: 'Grieks' },
  { id: 'hr', en: 'Croatian', nl: 'Kroatisch' },
  { id: 'sr', en: 'Serbian', nl: 'Servisch' },
  { id: 'sl', en: 'Slovenian', nl: 'Sloveens' },
  { id: 'uk', en: 'Ukrainian', nl: 'Oekraïens' },
  { id: 'ru', en: 'Russian', nl: 'Russisch' },
  { id: 'lt', en: 'Lithuanian', nl: 'Litouws' },
  { id: 'lv', en: 'Latvian', nl: 'Lets' },
  { id: 'et', en: 'Estonian', nl: 'Estisch' },
  { id: 'tr', en: 'Turkish', nl: 'Turks' },
  { id: 'ar', en: 'Arabic', nl: 'Arabisch' },
  { id: 'pap', en: 'Papiamento', nl: 'Papiaments' },
  { id: 'srn', en: 'Sranan Tongo', nl: 'Sranantongo' },
  { id: 'zh', en: 'Chinese (Mandarin)', nl: 'Chinees (Mandarijn)' },
  { id: 'ja', en: 'Japanese', nl: 'Japans' },
]

export const vocabularyAccents: VocabularyAccent[] = [
  {
    id: 'standard-dutch',
    language: 'nl',
    en: 'Standard Dutch (ABN)',
    nl: 'Standaardnederlands (ABN)',
    aliases: ['Standard Dutch (ABN)'],
  },
  { id: 'hollands', language: 'nl', en: 'Hollands', nl: 'Hollands' },
  { id: 'amsterdam', language: 'nl', en: 'Amsterdam', nl: 'Amsterdams', aliases: ['Amsterdam'] },
  { id: 'limburgs', language: 'nl', en: 'Limburgish', nl: 'Limburgs' },
  { id: 'frisian-dutch', language: 'nl', en: 'Frisian', nl: 'Fries', aliases: ['Frisian'] },
  {
    id: 'flemish-neutral',
    language: 'nl-BE',
    en: 'Flemish (neutral)',
    nl: 'Vlaams (neutraal)',
    aliases: ['Flemish (neutral)', 'Belgian Dutch'],
  },
  {
    id: 'flemish-antwerp',
    language: 'nl-BE',
    en: 'Flemish (Antwerp)',
    nl: 'Vlaams (Antwerps)',
    aliases: ['Flemish (Antwerp)'],
  },
  {
    id: 'flemish-ghent',
    language: 'nl-BE',
    en: 'Flemish (Ghent)',
    nl: 'Vlaams (Gents)',
    aliases: ['Flemish (Ghent)'],
  },
  {
    id: 'british-rp',
    language: 'en',
    en: 'British (RP)',
    nl: 'Brits (RP)',
    aliases: ['British (RP)'],
  },
  {
    id: 'general-american',
    language: 'en',
    en: 'General American',
    nl: 'Algemeen Amerikaans',
    aliases: ['General American'],
  },
  { id: 'scottish', language: 'en', en: 'Scottish', nl: 'Schots' },
  {
    id: 'irish',
    language: 'en',
    en: 'Irish (Dublin)',
    nl: 'Iers (Dublin)',
    aliases: ['Irish (Dublin)'],
  },
  {
    id: 'hochdeutsch',
    language: 'de',
    en: 'Standard German (Hochdeutsch)',
    nl: 'Standaardduits (Hochdeutsch)',
    aliases: ['Standard German (Hochdeutsch)'],
  },
  { id: 'bavarian', language: 'de', en: 'Bavarian', nl: 'Beiers', aliases: ['Bavarian'] },
  {
    id: 'parisian-french',
    language: 'fr',
    en: 'Parisian French',
    nl: 'Parijs Frans',
    aliases: ['Parisian French'],
  },
  {
    id: 'belgian-french',
    language: 'fr',
    en: 'Belgian French (Brussels)',
    nl: 'Belgisch Frans (Brussel)',
    aliases: ['Belgian French (Brussels)'],
  },
  {
    id: 'castilian',
    language: 'es',
    en: 'Castilian Spanish',
    nl: 'Castiliaans Spaans',
    aliases: ['Castilian Spanish'],
  },
]

/**
 * The accent id for a free-text accent stored before accents were data: the vocabulary entry it
 * is an alias of, else a slug of the text (the data step then creates that accent).
 * Example: 'Flemish (Antwerp)' → 'flemish-antwerp'; 'Brabants' → 'brabants'.
 */
export const accentIdFor = (text: string): string => {
  const known = vocabularyAccents.find((a) => a.aliases?.includes(text) || a.en === text)
  if (known) return known.id
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'accent'
  )
}

/** Language ids: ISO 639 code (2–3 letters) with an optional ISO 3166 region, e.g. nl, nl-BE, pap. */
export const LANGUAGE_ID_PATTERN = /^[a-z]{2,3}(?:-[A-Z]{2})?$/
/** Accent ids: lower-case slugs. */
export const ACCENT_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
