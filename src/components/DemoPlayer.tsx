'use client'

import { useTranslations } from 'next-intl'
import { useId, useRef } from 'react'

import type { PlayableDemo } from '@/lib/mediaView'

import { PlayDemoButton } from './player/PlayDemoButton'
import { useHydrated } from './player/useHydrated'

/** The demo that is playing now in a plain audio element, so starting another one pauses it. */
let playing: HTMLAudioElement | null = null

type Props = {
  title: string
  artist: string
  src: string
  mimeType?: string | null
  /** The compressed preview with its waveform, when ready: then the site's mini-player plays it. */
  playable?: PlayableDemo | null
}

/**
 * One demo on a profile. With a ready preview and JavaScript, a play button that plays it in the
 * site's mini-player (the same player as the catalog cards). Otherwise — before the page is
 * interactive, without JavaScript, or while no preview is ready — a native audio player
 * (keyboard accessible, seekable: the file routes answer Range requests) that fetches only the
 * metadata until the visitor presses play.
 */
export const DemoPlayer = ({ title, artist, src, mimeType, playable }: Props) => {
  const t = useTranslations('catalog.demo')
  const titleId = useId()
  const audioRef = useRef<HTMLAudioElement>(null)
  const interactive = useHydrated()

  const onPlay = () => {
    const audio = audioRef.current
    if (playing && playing !== audio && !playing.paused) playing.pause()
    playing = audio
  }

  const onEnd = () => {
    if (playing === audioRef.current) playing = null
  }

  return (
    <div className="demo">
      <h4 className="demo__title" id={titleId}>
        {title}
      </h4>
      {interactive && playable ? (
        <PlayDemoButton
          className="play-demo play-demo--inline"
          track={{ id: playable.src, artist, ...playable }}
        />
      ) : (
        <audio
          ref={audioRef}
          data-testid="demo-audio"
          className="demo__audio"
          src={src}
          preload="metadata"
          controls
          aria-labelledby={titleId}
          onPlay={onPlay}
          onEnded={onEnd}
        >
          <a href={src} type={mimeType ?? undefined}>
            {t('download', { title })}
          </a>
        </audio>
      )}
    </div>
  )
}
