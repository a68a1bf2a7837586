import fsp from 'node:fs/promises'

import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import { relationId } from '@/collections/Bookings/actorFor'
import type { ProjectType } from '@/domain/catalog'
import { detectScriptLanguage } from '@/domain/scriptLanguage'
import { estimateSeconds } from '@/domain/scriptTiming'
import type { ScriptLanguage } from '@/domain/spokenWords'
import { countSpokenWords, scriptLanguageOf } from '@/domain/spokenWords'
import { getSpeakingRates } from '@/globals/Pricing/getSpeakingRates'
import type { Script } from '@/payload-types'
import { slugs } from '@/slugs'
import { extractScriptText } from '@/uploads/extractScriptText'

/** Past this, the upload goes on without a count rather than keep the customer waiting. */
const EXTRACTION_TIMEOUT_MS = 15_000

/**
 * The language to count in when the script's text does not tell (detectScriptLanguage reads it
 * from the text first): the artist's first native language, else their first
 * language; Dutch when they list none (`scriptLanguageOf`: English codes count as English,
 * everything else — Dutch, Flemish — as Dutch). Bookings have no language of their own: the artist
 * booked is the one who reads it.
 */
const languageFor = async (req: PayloadRequest, voiceoverId: unknown): Promise<ScriptLanguage> => {
  if (voiceoverId === null || voiceoverId === undefined) return 'nl'
  // System read: the uploader may read their booking, and the artist's languages are public.
  const voiceover = await req.payload.findByID({
    collection: slugs.voiceovers,
    id: voiceoverId as number,
    depth: 0,
    req,
    overrideAccess: true,
    select: { languages: true },
  })
  const languages = voiceover.languages ?? []
  const first = languages.find((l) => l.native) ?? languages[0]
  return scriptLanguageOf(first ? String(relationId(first.language)) : null)
}

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('text extraction timed out')), ms)
    promise.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error)
      },
    )
  })

/**
 * Counts a new script's words as spoken (`domain/spokenWords.ts`) and estimates how long it takes to
 * say at the project type's speaking rate (Pricing global `speakingRates`): sets `language`,
 * `wordCount` and `estimatedSeconds` on create. Runs after `linkScriptToBooking` (which has set the
 * booking). Never fails the upload: when the text can't be read (a damaged file, a Word 97–2003
 * `.doc`, a timeout) the count and estimate stay empty — "unknown" on the booking page — and the
 * reason is logged.
 */
export const countScriptWords: CollectionBeforeChangeHook<Script> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const file = req.file as (typeof req.file & { tempFilePath?: string }) | undefined
  const bookingId = relationId(data.booking)
  if (!file || bookingId === null) return data
  // System read of the booking the upload was just checked against (linkScriptToBooking).
  const booking = await req.payload.findByID({
    collection: slugs.bookings,
    id: bookingId,
    depth: 0,
    req,
    overrideAccess: true,
    select: { projectType: true, voiceover: true },
  })
  const artistLanguage = await languageFor(req, relationId(booking.voiceover))
  let language = artistLanguage
  try {
    const bytes = file.tempFilePath ? await fsp.readFile(file.tempFilePath) : file.data
    const text = await withTimeout(
      extractScriptText({ bytes, mimeType: file.mimetype }),
      EXTRACTION_TIMEOUT_MS,
    )
    if (text === null) return { ...data, language, wordCount: null, estimatedSeconds: null }
    language = detectScriptLanguage(text, artistLanguage)
    const wordCount = countSpokenWords(text, language)
    const rates = await getSpeakingRates(req)
    const rate = rates[booking.projectType as ProjectType]
    return { ...data, language, wordCount, estimatedSeconds: estimateSeconds(wordCount, rate) }
  } catch (error) {
    req.payload.logger.warn({ err: error, booking: bookingId }, 'script text could not be read')
    return { ...data, language, wordCount: null, estimatedSeconds: null }
  }
}
