'use client'

import { useTranslations } from 'next-intl'
import type React from 'react'
import { useEffect, useRef } from 'react'
import type WaveSurfer from 'wavesurfer.js'

import type { WaveformPeaks } from '@/domain/waveformPeaks'

import { usePlayer } from './PlayerProvider'

const SEEK_SECONDS = 5

/** `75.4` → `1:15`. */
const clock = (seconds: number): string => {
  const whole = Math.max(0, Math.floor(seconds))
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}

/**
 * The bar at the bottom of every page while a demo is chosen: title, play/pause, the waveform
 * (wavesurfer.js drawing the precomputed peaks; the file is never decoded in the browser; click or
 * drag to seek), the time and a close button. Keyboard: Space or K plays and pauses, ←/→ go 5 s back
 * or forward while the waveform has focus (it is a slider); K also works anywhere in the bar.
 */
export const MiniPlayer = () => {
  const t = useTranslations('player')
  const { track, state, currentTime, duration, audio, togglePlaying, seekBy, close } = usePlayer()
  const waveRef = useRef<HTMLDivElement>(null)
  const surferRef = useRef<WaveSurfer | null>(null)

  useEffect(() => {
    if (!track || !audio || !waveRef.current) return
    const container = waveRef.current
    const abort = new AbortController()
    let surfer: WaveSurfer | null = null
    void (async () => {
      const [{ default: WaveSurferClass }, peaks] = await Promise.all([
        import('wavesurfer.js'),
        fetch(track.peaksUrl, { signal: abort.signal })
          .then((res) => (res.ok ? (res.json() as Promise<WaveformPeaks>) : null))
          .catch(() => null),
      ])
      if (abort.signal.aborted) return
      surfer = WaveSurferClass.create({
        container,
        media: audio,
        height: 40,
        barWidth: 2,
        barGap: 1,
        barRadius: 1,
        waveColor: '#b9b3ef',
        progressColor: '#3b2fc9',
        cursorWidth: 0,
        interact: true,
        dragToSeek: true,
      })
      surferRef.current = surfer
      // Peaks and duration given: wavesurfer draws them and never fetches or decodes the audio.
      const channel = peaks?.data ?? [0]
      const length = track.durationSeconds ?? (Number.isFinite(audio.duration) ? audio.duration : 1)
      await surfer.load(audio.src, [channel], length).catch(() => undefined)
    })()
    return () => {
      abort.abort()
      surfer?.destroy()
      surferRef.current = null
    }
  }, [track, audio])

  if (!track) return null
  const playing = state === 'playing' || state === 'loading'
  const total = duration || track.durationSeconds || 0

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const onSlider = event.target === event.currentTarget
    if (event.key === 'k' || event.key === 'K' || (onSlider && event.key === ' ')) {
      event.preventDefault()
      togglePlaying()
    } else if (onSlider && event.key === 'ArrowLeft') {
      event.preventDefault()
      seekBy(-SEEK_SECONDS)
    } else if (onSlider && event.key === 'ArrowRight') {
      event.preventDefault()
      seekBy(SEEK_SECONDS)
    }
  }

  return (
    <section
      className="mini-player"
      aria-label={t('region')}
      data-testid="mini-player"
      data-state={state}
      onKeyDown={(event) => {
        if (event.key === 'k' || event.key === 'K') {
          event.preventDefault()
          togglePlaying()
        }
      }}
    >
      <button
        type="button"
        className="mini-player__toggle"
        onClick={togglePlaying}
        aria-label={playing ? t('pause') : t('play')}
        data-testid="mini-player-toggle"
      >
        <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
      </button>
      <p className="mini-player__title" data-testid="mini-player-title">
        {t('nowPlaying', { title: track.title, artist: track.artist })}
      </p>
      <div
        className="mini-player__wave"
        role="slider"
        tabIndex={0}
        aria-label={t('seek', { title: track.title })}
        aria-valuemin={0}
        aria-valuemax={Math.round(total)}
        aria-valuenow={Math.round(currentTime)}
        aria-valuetext={t('position', { current: clock(currentTime), total: clock(total) })}
        aria-describedby="mini-player-keys"
        onKeyDown={onKeyDown}
      >
        <div ref={waveRef} />
      </div>
      <span className="mini-player__time" aria-hidden="true">
        {clock(currentTime)} / {clock(total)}
      </span>
      {state === 'error' && (
        <p className="mini-player__error" role="alert">
          {t('error')}
        </p>
      )}
      <p id="mini-player-keys" className="visually-hidden">
        {t('keys')}
      </p>
      <button
        type="button"
        className="mini-player__close"
        onClick={close}
        aria-label={t('close')}
        data-testid="mini-player-close"
      >
        <span aria-hidden="true">×</span>
      </button>
    </section>
  )
}
