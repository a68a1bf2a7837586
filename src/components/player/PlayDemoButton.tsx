'use client'

import { useTranslations } from 'next-intl'

import type { Track } from './PlayerProvider'
import { usePlayer } from './PlayerProvider'
import { useHydrated } from './useHydrated'

/**
 * Plays `track` in the site's mini-player, or pauses it when it is playing. Rendered only once
 * JavaScript runs: without it the card's link to the profile (with its plain audio players) stays.
 */
export const PlayDemoButton = ({ track, className }: { track: Track; className?: string }) => {
  const t = useTranslations('player')
  const { track: current, state, toggle } = usePlayer()
  if (!useHydrated()) return null
  const playing = current?.id === track.id && (state === 'playing' || state === 'loading')
  const names = { title: track.title, artist: track.artist }
  return (
    <button
      type="button"
      className={className ?? 'play-demo'}
      aria-label={playing ? t('pauseDemo', names) : t('playDemo', names)}
      data-testid="play-demo"
      onClick={() => toggle(track)}
    >
      <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
    </button>
  )
}
