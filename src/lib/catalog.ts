import { unstable_cache } from 'next/cache'
import type { Where } from 'payload'
import { getPayload } from 'payload'

import config from '@payload-config'
import type { LanguageCode } from '@/domain/catalog'
import type { Voiceover } from '@/payload-types'
import { slugs } from '@/slugs'

import type { CatalogFilters } from './catalogFilters'
import { CATALOG_PAGE_SIZE } from './catalogFilters'
import { catalogCacheKey, catalogCacheOptions } from './catalogCache'
import type { ImageView, PlayableDemo } from './mediaView'
import { imageView, playableDemo } from './mediaView'

/** What an artist card shows: plain data, small enough to cache many pages of. */
export type CatalogCard = {
  id: number
  slug: string
  name: string
  tagline: string | null
  languages: { code: LanguageCode; native: boolean }[]
  gender: Voiceover['gender'] | null
  ageRange: Voiceover['ageRange'] | null
  styles: NonNullable<Voiceover['styles']>
  photo: ImageView | null
  /** The first demo, when its preview is ready: the card's play button plays it. */
  demo: PlayableDemo | null
}

export type CatalogPage = {
  cards: CatalogCard[]
  totalDocs: number
  page: number
  totalPages: number
}

/** The Payload `where` for the filters. Free text matches every word in name, tagline or bio. */
export const catalogWhere = (filters: CatalogFilters): Where => {
  const and: Where[] = []
  if (filters.language) and.push({ 'languages.language': { equals: filters.language } })
  if (filters.gender) and.push({ gender: { equals: filters.gender } })
  if (filters.age) and.push({ ageRange: { equals: filters.age } })
  // `in` matches a hasMany select exactly on both SQLite and PostgreSQL; `contains` would be a
  // substring match (ILIKE) on the stored value.
  if (filters.style) and.push({ styles: { in: [filters.style] } })
  if (filters.q) {
    and.push({
      or: [
        { name: { like: filters.q } },
        { tagline: { like: filters.q } },
        { bio: { like: filters.q } },
      ],
    })
  }
  return { and }
}

const findCatalogPage = async (filters: CatalogFilters): Promise<CatalogPage> => {
  const payload = await getPayload({ config })
  const result = await payload.find({
    collection: slugs.voiceovers,
    where: catalogWhere(filters),
    // Anonymous on purpose: the result is shared by every visitor, and anonymous read access
    // already limits it to active artists.
    overrideAccess: false,
    depth: 1,
    limit: CATALOG_PAGE_SIZE,
    page: filters.page,
    sort: 'name',
    select: {
      slug: true,
      name: true,
      tagline: true,
      photo: true,
      languages: true,
      gender: true,
      ageRange: true,
      styles: true,
      demos: true,
    },
    populate: {
      [slugs.media]: {
        alt: true,
        filename: true,
        url: true,
        sizes: { card: { filename: true, url: true, width: true, height: true } },
        preview: { status: true, url: true, peaksUrl: true },
        audio: { durationSeconds: true },
      },
    },
  })
  return {
    cards: result.docs.map((doc) => ({
      id: doc.id,
      slug: doc.slug,
      name: doc.name,
      tagline: doc.tagline ?? null,
      languages: (doc.languages ?? []).map((l) => ({
        code: l.language,
        native: Boolean(l.native),
      })),
      gender: doc.gender ?? null,
      ageRange: doc.ageRange ?? null,
      styles: doc.styles ?? [],
      photo: imageView(doc.photo, 'card'),
      demo: doc.demos?.[0] ? playableDemo(doc.demos[0].audio, doc.demos[0].title) : null,
    })),
    totalDocs: result.totalDocs,
    page: result.page ?? filters.page,
    totalPages: result.totalPages,
  }
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
