'use client'

import type React from 'react'
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react'

/** One demo the player can play: its MP3 preview and precomputed waveform. */
export type Track = {
  /** Unique per demo (its preview URL). */
  id: string
  title: string
  artist: string
  src: string
  peaksUrl: string
  durationSeconds: number | null
}

export type PlayerState = 'loading' | 'playing' | 'paused' | 'error'

type PlayerContextValue = {
  track: Track | null
  state: PlayerState
  /** Seconds played of the current track. */
  currentTime: number
  /** Length of the current track in seconds (from the file once loaded, else from the upload). */
  duration: number
  /** The one audio element of the page; the mini-player's waveform drives it. */
  audio: HTMLAudioElement | null
  /** Plays `track` (pausing whatever played), or pauses/resumes it when it is the current one. */
  toggle: (track: Track) => void
  /** Plays or pauses the current track. */
  togglePlaying: () => void
  /** Moves by `seconds` (negative: back) within the current track. */
  seekBy: (seconds: number) => void
  /** Stops and hides the mini-player. */
  close: () => void
}

const PlayerContext = createContext<PlayerContextValue | null>(null)

/** The site's player state, for play buttons and the mini-player. Throws outside PlayerProvider. */
export const usePlayer = (): PlayerContextValue => {
  const value = useContext(PlayerContext)
  if (!value) throw new Error('usePlayer needs a PlayerProvider above it.')
  return value
}

/**
 * One demo player for the whole site, kept in the layout so it goes on playing while the visitor
 * browses (client-side navigation keeps the layout mounted). One audio element: starting a demo
 * stops the one before. Reads nothing from the server (pages stay cacheable).
 */
export const PlayerProvider = ({ children }: { children: React.ReactNode }) => {
  // Made in the browser's first render (no audio on the server); rendered nowhere, so no mismatch.
  const [audio] = useState<HTMLAudioElement | null>(() => {
    if (typeof window === 'undefined') return null
    const element = new Audio()
    element.preload = 'none'
    return element
  })
  const audioRef = useRef<HTMLAudioElement | null>(audio)
  const [track, setTrack] = useState<Track | null>(null)
  const [state, setState] = useState<PlayerState>('paused')
  const [currentTime, setCurrentTime] = useState(0)
  const [duration, setDuration] = useState(0)
  // The control that started the current track: focus returns there when the player closes.
  const startedBy = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const element = audio
    if (!element) return
    const onPlaying = () => setState('playing')
    const onPause = () => setState('paused')
    const onWaiting = () => setState('loading')
    const onError = () => {
      if (element.getAttribute('src')) setState('error')
    }
    const onTime = () => setCurrentTime(element.currentTime)
    const onDuration = () => {
      if (Number.isFinite(element.duration)) setDuration(element.duration)
    }
    element.addEventListener('playing', onPlaying)
    element.addEventListener('pause', onPause)
    element.addEventListener('waiting', onWaiting)
    element.addEventListener('error', onError)
    element.addEventListener('timeupdate', onTime)
    element.addEventListener('durationchange', onDuration)
    return () => {
      element.removeEventListener('playing', onPlaying)
      element.removeEventListener('pause', onPause)
      element.removeEventListener('waiting', onWaiting)
      element.removeEventListener('error', onError)
      element.removeEventListener('timeupdate', onTime)
      element.removeEventListener('durationchange', onDuration)
    }
  }, [audio])

  const toggle = useCallback(
    (next: Track) => {
      const element = audioRef.current
      if (!element) return
      if (track?.id === next.id) {
        if (element.paused) void element.play().catch(() => setState('error'))
        else element.pause()
        return
      }
      element.pause()
      startedBy.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null
      // Absolute, as the element reports it back (the waveform compares sources).
      element.src = new URL(next.src, window.location.href).href
      setTrack(next)
      setCurrentTime(0)
      setDuration(next.durationSeconds ?? 0)
      setState('loading')
      // Called in the click itself, so the browser allows sound.
      void element.play().catch(() => setState('error'))
    },
    [track],
  )

  const togglePlaying = useCallback(() => {
    const element = audioRef.current
    if (!element || !track) return
    if (element.paused) void element.play().catch(() => setState('error'))
    else element.pause()
  }, [track])

  const seekBy = useCallback((seconds: number) => {
    const element = audioRef.current
    if (!element) return
    const end = Number.isFinite(element.duration) ? element.duration : Infinity
    element.currentTime = Math.min(end, Math.max(0, element.currentTime + seconds))
    setCurrentTime(element.currentTime)
  }, [])

  const close = useCallback(() => {
    const element = audioRef.current
    if (element) {
      element.pause()
      element.removeAttribute('src')
      element.load()
    }
    setTrack(null)
    setState('paused')
    // The close button disappears with the player: keyboard users go back to where they started
    // (the card's play button, if it is still on the page), else to the main content.
    const back = startedBy.current?.isConnected
      ? startedBy.current
      : document.getElementById('main')
    back?.focus()
  }, [])

  const value = useMemo(
    () => ({ track, state, currentTime, duration, audio, toggle, togglePlaying, seekBy, close }),
    [track, state, currentTime, duration, audio, toggle, togglePlaying, seekBy, close],
  )
  return <PlayerContext.Provider value={value}>{children}</PlayerContext.Provider>
}
