/**
 * How long a script takes to say, whether it fits the booking's target length, and when its spoken
 * word count changes the price (issue 15, part 3). Pure: no Payload import. The word count itself
 * comes from `spokenWords.ts`; the speaking rates are the Pricing global's `speakingRates`.
 */

import type { ProjectType } from './catalog'

/**
 * Words per minute an artist speaks per project type, the agency's starting values (admins change
 * them in the Pricing global): commercials are read briskly, e-learning and IVR slowly and clearly.
 */
export const defaultSpeakingRates: Record<ProjectType, number> = {
  commercial: 160,
  narration: 150,
  e_learning: 140,
  corporate: 150,
  ivr: 140,
  animation: 160,
  audiobook: 150,
  documentary: 140,
}

/**
 * The estimated duration of `words` at `wordsPerMinute`, in whole seconds rounded up (a 30-second
 * spot must not be promised from 30.4). Throws a RangeError on a rate that is not positive.
 */
export const estimateSeconds = (words: number, wordsPerMinute: number): number => {
  if (!(wordsPerMinute > 0)) throw new RangeError('speaking rate must be positive')
  return Math.ceil((words * 60) / wordsPerMinute)
}

/** Whether a script of `estimatedSeconds` fits the target length (no target or no estimate: yes). */
export const fitsTarget = (
  estimatedSeconds: number | null | undefined,
  targetSeconds: number | null | undefined,
): boolean =>
  targetSeconds === null ||
  targetSeconds === undefined ||
  estimatedSeconds === null ||
  estimatedSeconds === undefined ||
  estimatedSeconds <= targetSeconds

/**
 * Whether the customer must confirm a new price before production: the current script's spoken
 * count is known, exceeds the words the booking was quoted for, and the quote for the spoken count
 * (`requotedCents`) is higher than the booking's quoted price. A longer script that costs the same
 * (still within the included words or the same started block of 100) asks nothing of the customer;
 * a shorter one never lowers the price by itself (the agency may, with the booking's final price);
 * an unknown count (text that could not be read) blocks nothing — artist and agency judge it by hand.
 */
export const needsWordCountConfirmation = ({
  spokenWords,
  bookedWords,
  requotedCents,
  quotedCents,
}: {
  spokenWords: number | null | undefined
  bookedWords: number | null | undefined
  requotedCents: number | null | undefined
  quotedCents: number | null | undefined
}): boolean =>
  typeof spokenWords === 'number' &&
  spokenWords > Math.max(0, bookedWords ?? 0) &&
  typeof requotedCents === 'number' &&
  requotedCents > (quotedCents ?? 0)
