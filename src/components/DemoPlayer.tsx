'use client'

import { useTranslations } from 'next-intl'
import { useId, useRef } from 'react'

/** The demo that is playing now, page-wide, so starting another one pauses it. */
let playing: HTMLAudioElement | null = null

type Props = {
  title: string
  src: string
  mimeType?: string | null
}

/**
 * One demo: its title and a native audio player (keyboard accessible, seekable: the file route
 * answers Range requests). Only the metadata is fetched until the visitor presses play.
 */
export const DemoPlayer = ({ title, src, mimeType }: Props) => {
  const t = useTranslations('catalog.demo')
  const titleId = useId()
  const audioRef = useRef<HTMLAudioElement>(null)

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
    </div>
  )
}
