import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import config from '@payload-config'
import type { Voiceover } from '@/payload-types'
import { slugs } from '@/slugs'

import type { CatalogFilters } from './catalogFilters'
import { CATALOG_PAGE_SIZE } from './catalogFilters'
import { catalogCacheKey, catalogCacheOptions } from './catalogCache'
import { findCatalogIds } from './catalogQuery'
import type { ImageView, PlayableDemo } from './mediaView'
import { imageView, playableDemo } from './mediaView'
import type { VocabularyView } from './vocabularyView'
import { vocabularyView } from './vocabularyView'

/** What an artist card shows: plain data, small enough to cache many pages of. */
export type CatalogCard = {
  id: number
  slug: string
  name: string
  tagline: string | null
  languages: (VocabularyView & { native: boolean })[]
  accents: VocabularyView[]
  gender: Voiceover['gender'] | null
  ageRange: Voiceover['ageRange'] | null
  styles: NonNullable<Voiceover['styles']>
  photo: ImageView | null
  /** Euro cents: the rate for the chosen project type, else the artist's lowest rate. */
  priceCents: number | null
  turnaroundDays: number | null
  rushAvailable: boolean
  /** The first demo, when its preview is ready: the card's play button plays it. */
  demo: PlayableDemo | null
}

export type CatalogPage = {
  cards: CatalogCard[]
  totalDocs: number
  page: number
  totalPages: number
}

const findCatalogPage = async (filters: CatalogFilters): Promise<CatalogPage> => {
  const payload = await getPayload({ config })
  const { ids, totalDocs } = await findCatalogIds({ payload, filters })
  const totalPages = Math.max(1, Math.ceil(totalDocs / CATALOG_PAGE_SIZE))
  if (ids.length === 0) return { cards: [], totalDocs, page: filters.page, totalPages }
  const { docs } = await payload.find({
    collection: slugs.voiceovers,
    where: { id: { in: ids } },
    // Anonymous on purpose: the result is shared by every visitor, and anonymous read access
    // limits it to active artists (the id query already does; this keeps the rule in one place too).
    overrideAccess: false,
    depth: 1,
    pagination: false,
    select: {
      slug: true,
      name: true,
      tagline: true,
      photo: true,
      languages: true,
      accents: true,
      gender: true,
      ageRange: true,
      styles: true,
      rates: true,
      fromRateCents: true,
      turnaroundDays: true,
      rushAvailable: true,
      demos: true,
    },
    populate: {
      [slugs.media]: {
        alt: true,
        filename: true,
        url: true,
        sizes: { card: { filename: true, url: true, width: true, height: true } },
        preview: { status: true, url: true, peaksUrl: true, filename: true, peaksFilename: true },
        audio: { durationSeconds: true },
      },
      [slugs.languages]: { nameEn: true, nameNl: true },
      [slugs.accents]: { nameEn: true, nameNl: true },
    },
  })
  const byId = new Map(docs.map((doc) => [doc.id, doc]))
  const cards = ids.flatMap((id) => {
    const doc = byId.get(id)
    if (!doc) return []
    const rate = filters.projectType ? doc.rates?.[filters.projectType] : doc.fromRateCents
    return [
      {
        id: doc.id,
        slug: doc.slug,
        name: doc.name,
        tagline: doc.tagline ?? null,
        languages: (doc.languages ?? []).map((l) => ({
          ...vocabularyView(l.language),
          native: Boolean(l.native),
        })),
        accents: (doc.accents ?? []).map(vocabularyView),
        gender: doc.gender ?? null,
        ageRange: doc.ageRange ?? null,
        styles: doc.styles ?? [],
        photo: imageView(doc.photo, 'card'),
        priceCents: typeof rate === 'number' ? rate : null,
        turnaroundDays: doc.turnaroundDays ?? null,
        rushAvailable: Boolean(doc.rushAvailable),
        demo: doc.demos?.[0] ? playableDemo(doc.demos[0].audio, doc.demos[0].title) : null,
      },
    ]
  })
  return { cards, totalDocs, page: filters.page, totalPages }
}

/**
 * One page of active artists matching `filters`. Cached per filter combination (the arguments
 * are part of the cache key) until an artist changes (see catalogCache.ts).
 */
export const getCatalogPage = unstable_cache(
  findCatalogPage,
  catalogCacheKey('catalog-page'),
  catalogCacheOptions,
)
