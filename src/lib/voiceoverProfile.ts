import { unstable_cache } from 'next/cache'
import { getPayload } from 'payload'

import config from '@payload-config'
import type { Voiceover } from '@/payload-types'
import { slugs } from '@/slugs'

import { catalogCacheKey, catalogCacheOptions } from './catalogCache'
import type { ImageView, PlayableDemo } from './mediaView'
import { imageView, playableDemo } from './mediaView'
import { lowestRateCents } from './money'
import type { VocabularyView } from './vocabularyView'
import { vocabularyView } from './vocabularyView'

type Demo = NonNullable<Voiceover['demos']>[number]

export type DemoView = {
  id: string
  title: string
  category: Demo['category']
  /** The file a plain `<audio>` plays: the compressed preview. */
  src: string
  mimeType: string | null
  /** The preview and waveform the site's player uses. */
  playable: PlayableDemo
}

/** Everything the public profile page shows, as plain data. */
export type VoiceoverProfile = {
  slug: string
  name: string
  tagline: string | null
  bio: string | null
  photo: ImageView | null
  languages: (VocabularyView & { native: boolean })[]
  gender: Voiceover['gender'] | null
  ageRange: Voiceover['ageRange'] | null
  accents: VocabularyView[]
  styles: NonNullable<Voiceover['styles']>
  turnaroundDays: number | null
  rushAvailable: boolean
  fromRateCents: number | null
  demos: DemoView[]
}

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const findVoiceoverProfile = async (slug: string): Promise<VoiceoverProfile | null> => {
  const payload = await getPayload({ config })
  const { docs } = await payload.find({
    collection: slugs.voiceovers,
    where: { slug: { equals: slug } },
    // Anonymous on purpose (the result is shared by every visitor): inactive artists stay hidden.
    overrideAccess: false,
    depth: 1,
    limit: 1,
    pagination: false,
    select: {
      slug: true,
      name: true,
      tagline: true,
      bio: true,
      photo: true,
      demos: true,
      languages: true,
      gender: true,
      ageRange: true,
      accents: true,
      styles: true,
      rates: true,
      turnaroundDays: true,
      rushAvailable: true,
    },
    populate: {
      [slugs.media]: {
        alt: true,
        filename: true,
        url: true,
        mimeType: true,
        width: true,
        height: true,
        sizes: { profile: { filename: true, url: true, width: true, height: true } },
        preview: { status: true, url: true, peaksUrl: true, filename: true, peaksFilename: true },
        audio: { durationSeconds: true },
      },
      [slugs.languages]: { nameEn: true, nameNl: true },
      [slugs.accents]: { nameEn: true, nameNl: true },
    },
  })
  const doc = docs[0]
  if (!doc) return null
  return {
    slug: doc.slug,
    name: doc.name,
    tagline: doc.tagline ?? null,
    bio: doc.bio ?? null,
    photo: imageView(doc.photo, 'profile'),
    languages: (doc.languages ?? []).map((l) => ({
      ...vocabularyView(l.language),
      native: Boolean(l.native),
    })),
    gender: doc.gender ?? null,
    ageRange: doc.ageRange ?? null,
    accents: (doc.accents ?? []).map(vocabularyView),
    styles: doc.styles ?? [],
    turnaroundDays: doc.turnaroundDays ?? null,
    rushAvailable: Boolean(doc.rushAvailable),
    fromRateCents: lowestRateCents(doc.rates),
    demos: (doc.demos ?? []).flatMap((demo, index) => {
      // The public hears the preview only (the original is the agency's): no preview, no demo yet.
      const playable = playableDemo(demo.audio, demo.title)
      if (!playable) return []
      return [
        {
          id: demo.id ?? String(index),
          title: demo.title,
          category: demo.category,
          src: playable.src,
          mimeType: 'audio/mpeg',
          playable,
        },
      ]
    }),
  }
}

const getCachedVoiceoverProfile = unstable_cache(
  findVoiceoverProfile,
  catalogCacheKey('voiceover-profile'),
  catalogCacheOptions,
)

/**
 * The public profile of the active artist with this slug, or `null`. Cached per slug until an
 * artist changes. Malformed slugs are answered without a query (and without a cache entry).
 */
export const getVoiceoverProfile = async (slug: string): Promise<VoiceoverProfile | null> =>
  SLUG_PATTERN.test(slug) && slug.length <= 80 ? getCachedVoiceoverProfile(slug) : null
