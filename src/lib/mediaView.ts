import { env } from '@/env'
import type { Media } from '@/payload-types'

import { sameOriginPath } from './sameOriginPath'

export type ImageView = { src: string; alt: string; width: number; height: number }

type SizeName = keyof NonNullable<Media['sizes']>

/** The image variant `size` of an upload, or `null` when the relation is empty or not populated. */
export const imageView = (
  media: number | Media | null | undefined,
  size: SizeName,
): ImageView | null => {
  if (!media || typeof media === 'number') return null
  const variant = media.sizes?.[size]
  const url = variant?.url ?? media.url
  if (!url) return null
  return {
    src: sameOriginPath(url, env.SERVER_URL),
    alt: media.alt ?? '',
    width: variant?.width ?? media.width ?? 480,
    height: variant?.height ?? media.height ?? 600,
  }
}

/** A demo the site's player can play: its compressed preview and precomputed waveform. */
export type PlayableDemo = {
  title: string
  /** The MP3 preview's URL (root-relative when on our server). */
  src: string
  /** The waveform peaks JSON's URL (see domain/waveformPeaks.ts). */
  peaksUrl: string
  /** Length of the recording in seconds, when detected at upload. */
  durationSeconds: number | null
}

/** The playable preview of a demo upload, or `null` while it has none ready (or it is not populated). */
export const playableDemo = (
  media: number | Media | null | undefined,
  title: string,
): PlayableDemo | null => {
  if (!media || typeof media === 'number') return null
  const preview = media.preview
  if (preview?.status !== 'ready' || !preview.url || !preview.peaksUrl) return null
  return {
    title,
    src: sameOriginPath(preview.url, env.SERVER_URL),
    peaksUrl: sameOriginPath(preview.peaksUrl, env.SERVER_URL),
    durationSeconds: media.audio?.durationSeconds ?? null,
  }
}
