import { requestLocale } from '@/i18n/requestLocale'

import { renderSentence, type Sentence } from './sentence'

/**
 * `sentence` in the language of `req` (`requestLocale`: the user's `locale`, else
 * `Accept-Language`, else Dutch) — for field `validate` functions and route handlers that answer
 * with a sentence themselves. `req` may be missing (a Local API call without one): Dutch.
 */
export const sentenceFor = (
  req: { headers?: Headers | null; user?: unknown } | null | undefined,
  sentence: Sentence,
): string => renderSentence(sentence, requestLocale(req ?? {}))
