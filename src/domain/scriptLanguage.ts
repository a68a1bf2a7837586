import { franc } from 'franc-min'

import type { ScriptLanguage } from './spokenWords'

/** franc's ISO 639-3 codes of the languages a script is counted in. */
const COUNTED: Record<string, ScriptLanguage> = { nld: 'nl', eng: 'en' }

/** Below this many characters a guess between two languages is unreliable: the fallback decides. */
const MIN_LENGTH = 40

/**
 * The language a script's text is written in, Dutch or English, detected from the text itself with
 * franc (trigram statistics, limited to those two languages), so an English script booked with a
 * Dutch-speaking artist is counted as English ("$49.99" → "forty-nine dollars ninety-nine").
 * Input: the extracted text and the language to use when the text is too short or too mixed to
 * tell (under 40 characters, franc answers "und"). Output: 'nl' or 'en'.
 */
export const detectScriptLanguage = (text: string, fallback: ScriptLanguage): ScriptLanguage =>
  COUNTED[franc(text, { only: Object.keys(COUNTED), minLength: MIN_LENGTH })] ?? fallback
