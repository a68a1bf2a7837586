import type { PayloadRequest } from 'payload'

import type { ProjectType } from '@/domain/catalog'
import { isWellFormedId } from '@/domain/queryShape'
import { UserError } from '@/errors/UserError'
import { projectTypes } from '@/domain/catalog'
import type { Quote, Usage } from '@/domain/pricing'
import { computeQuote, QuoteError, usageMedia, usageRegions, usageTerms } from '@/domain/pricing'
import { getPricingSettings } from '@/globals/Pricing/getPricingSettings'
import type { Voiceover } from '@/payload-types'
import { slugs } from '@/slugs'

export type QuoteInput = {
  voiceover?: unknown
  projectType?: unknown
  usage?: { media?: unknown; region?: unknown; term?: unknown } | null
  wordCount?: unknown
  rushOrder?: unknown
}

/**
 * `value` when it is one of `list`; `fallback` when the client left it out; a 400 naming the
 * choices when it sent something else (a typo must not silently price another licence).
 */
const oneOf = <T extends string>(
  list: readonly T[],
  value: unknown,
  fallback: T,
  field: 'media' | 'region' | 'term',
): T => {
  if (value === undefined || value === null || value === '') return fallback
  if (typeof value === 'string' && (list as readonly string[]).includes(value)) return value as T
  throw new UserError(
    { key: 'quote.chooseUsage', values: { field, options: list.join(', ') } },
    400,
  )
}

/** The usage licence asked for; missing parts take the defaults, unknown values are refused (400). */
export const normaliseUsage = (usage: QuoteInput['usage']): Usage => ({
  media: oneOf(usageMedia, usage?.media, 'online', 'media'),
  region: oneOf(usageRegions, usage?.region, 'national', 'region'),
  term: oneOf(usageTerms, usage?.term, '12_months', 'term'),
})

/**
 * The server-side quote for a booking request: the artist's base rate for the project type and the
 * agency's pricing rules. The artist is read with the caller's own access, so an inactive artist
 * can't be booked (or priced) by a customer.
 */
export const quoteForBooking = async ({
  req,
  input,
}: {
  req: PayloadRequest
  input: QuoteInput
}): Promise<{
  quote: Quote
  voiceover: Voiceover
  usage: Usage
  rush: boolean
  wordCount: number
}> => {
  const projectType = projectTypes.find((t) => t.value === input.projectType)?.value as
    ProjectType | undefined
  if (!projectType) {
    throw new UserError(
      {
        key: 'quote.chooseProjectType',
        values: { options: projectTypes.map((t) => t.value).join(', ') },
      },
      400,
    )
  }
  const voiceoverId =
    typeof input.voiceover === 'object' && input.voiceover
      ? (input.voiceover as { id: unknown }).id
      : input.voiceover
  if (voiceoverId === undefined || voiceoverId === null || voiceoverId === '') {
    throw new UserError({ key: 'quote.chooseArtist' }, 400)
  }
  if (!isWellFormedId(voiceoverId)) {
    throw new UserError({ key: 'quote.artistUnavailable' }, 404)
  }
  const found = await req.payload.find({
    collection: slugs.voiceovers,
    where: { id: { equals: voiceoverId } },
    limit: 1,
    depth: 0,
    req,
    user: req.user,
    overrideAccess: false,
  })
  const voiceover = found.docs[0]
  if (!voiceover || !voiceover.active) {
    throw new UserError({ key: 'quote.artistUnavailable' }, 404)
  }
  const rush = input.rushOrder === true || input.rushOrder === 'true'
  if (rush && !voiceover.rushAvailable) {
    throw new UserError({ key: 'quote.noRush', values: { name: voiceover.name } }, 400)
  }
  const rawWords =
    input.wordCount === undefined || input.wordCount === '' ? 0 : Number(input.wordCount)
  if (!Number.isInteger(rawWords) || rawWords < 0 || rawWords > 1_000_000) {
    throw new UserError({ key: 'quote.wordCount' }, 400)
  }
  const wordCount = rawWords
  const usage = normaliseUsage(input.usage)
  const settings = await getPricingSettings(req)
  try {
    const quote = computeQuote({
      baseRateCents: voiceover.rates?.[projectType] ?? null,
      usage,
      wordCount,
      rush,
      settings,
    })
    return { quote, voiceover, usage, rush, wordCount }
  } catch (error) {
    if (error instanceof QuoteError) throw new UserError({ key: 'quote.noRate' }, 422)
    throw error
  }
}
