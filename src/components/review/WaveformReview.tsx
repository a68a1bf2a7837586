'use client'

import { useRouter } from 'next/navigation'
import { useTranslations } from 'next-intl'
import { useCallback, useEffect, useId, useRef, useState } from 'react'
import type WaveSurfer from 'wavesurfer.js'
import type RegionsPlugin from 'wavesurfer.js/dist/plugins/regions.esm.js'

/** The Regions plugin instance (the module exports its class-like factory). */
type Regions = ReturnType<(typeof RegionsPlugin)['create']>

import { useApiRequest } from '@/components/booking/useApiRequest'
import { formatTimecode } from '@/domain/reviewComments'

/** One delivered version as the review player plays it (file through the access-checked route). */
export type ReviewVersion = {
  id: number
  version: number
  /** `/api/deliverables/file/<name>`: private, Range-capable. */
  url: string
  /** Precomputed min/max pairs (`WaveformPeaks.data`), or null while the job hasn't run. */
  peaks: number[] | null
  durationSeconds: number | null
}

/** A review comment as the page shows it. */
export type ReviewCommentView = {
  id: number
  /** The version it was made on. */
  version: number
  startSeconds: number
  endSeconds: number | null
  body: string
  resolved: boolean
  /** The version that resolved it, when resolved. */
  resolvedInVersion: number | null
  /** Its number in the latest revision request's pickup list, if it was gathered into one. */
  pickupNumber: number | null
}

type Pending = { start: number; end: number | null }

/** Seconds the arrow keys move the playhead (Shift: five times as far). */
const SEEK_SECONDS = 1
const PENDING_REGION = 'pending'
const markerId = (id: number) => `comment-${id}`

/**
 * The booking page's review player: every delivered version as a waveform (wavesurfer.js drawing
 * the precomputed peaks, playing the private file through its access-checked route), with the
 * customer's time-coded comments as markers (Regions plugin). The customer clicks a moment or drags
 * a passage and writes what should change (`POST /api/review-comments`); the artist marks a comment
 * resolved once a newer version exists (`PATCH …/:id { resolved }`). The version switch keeps the
 * playhead, so the same moment can be compared (A/B). Keyboard: the waveform is a slider — Space
 * plays and pauses, arrows seek 1 s (Shift 5 s), Home/End jump, C opens the comment form at the
 * playhead; the form and the list are ordinary focusable controls.
 */
export const WaveformReview = ({
  versions,
  comments,
  canComment,
  canResolve,
}: {
  /** Oldest first. */
  versions: ReviewVersion[]
  comments: ReviewCommentView[]
  /** The booking's customer (or an admin) while the booking is in review. */
  canComment: boolean
  /** The booking's artist or an admin. */
  canResolve: boolean
}) => {
  const t = useTranslations('reviewComments')
  const router = useRouter()
  const apiRequest = useApiRequest()
  const id = useId()
  const latest = versions[versions.length - 1]
  const [selectedId, setSelectedId] = useState<number>(latest?.id ?? 0)
  const selected = versions.find((v) => v.id === selectedId) ?? latest
  const waveRef = useRef<HTMLDivElement>(null)
  const audioRef = useRef<HTMLAudioElement>(null)
  const surferRef = useRef<WaveSurfer | null>(null)
  const regionsRef = useRef<Regions | null>(null)
  const textRef = useRef<HTMLTextAreaElement>(null)
  const [ready, setReady] = useState(false)
  const [playing, setPlaying] = useState(false)
  const [currentTime, setCurrentTime] = useState(0)
  const [pending, setPending] = useState<Pending | null>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const [status, setStatus] = useState<string | null>(null)
  // Where to continue after a version switch: the time, and whether it was playing.
  const resumeRef = useRef<{ time: number; play: boolean } | null>(null)
  // Where the playhead is meant to be: the media element reports a seek only once it is done, so
  // quick key presses count from here, not from its (still old) time.
  const positionRef = useRef(0)
  // True from a seek until the media element has done it: its time updates meanwhile are stale.
  const seekingRef = useRef(false)
  // Seeks repeated after the element settled elsewhere, since the person's last seek (see onSeeked).
  const reseeksRef = useRef(0)
  // A seek by the person while a version loads wins over resuming the previous position.
  const seekedWhileLoading = useRef(false)
  // The file the player has finished loading (the page and tests wait for it before seeking).
  const [loadedUrl, setLoadedUrl] = useState<string | null>(null)
  const loadedUrlRef = useRef<string | null>(null)
  // Resolved ticks as the artist set them, until the refreshed page says the same.
  const [resolvedNow, setResolvedNow] = useState<Record<number, boolean>>({})
  // The waveform's listeners are set up once; they read the latest permission from here.
  const canCommentRef = useRef(canComment)
  useEffect(() => {
    canCommentRef.current = canComment
  }, [canComment])
  const [loadedDuration, setLoadedDuration] = useState(0)
  const duration = selected?.durationSeconds ?? loadedDuration

  // One wavesurfer per page, on the page's own <audio>; a version switch loads another file into it.
  useEffect(() => {
    const container = waveRef.current
    const media = audioRef.current
    if (!container || !media) return
    let surfer: WaveSurfer | null = null
    let cancelled = false
    const onSeeked = () => {
      // Quick seeks in a row (arrow keys held or pressed fast): on a busy machine the element can
      // settle on an earlier one while the slider shows the last. Seek again to where the person
      // asked (a few times at most: a position the element can't reach must not loop).
      const wanted = positionRef.current
      if (
        seekingRef.current &&
        // While playing, the element moves on a little between the seek and this event.
        Math.abs(media.currentTime - wanted) > (media.paused ? 0.05 : 0.25) &&
        reseeksRef.current < 3
      ) {
        reseeksRef.current += 1
        media.currentTime = wanted
        return
      }
      seekingRef.current = false
    }
    void (async () => {
      const [{ default: WaveSurferClass }, { default: Regions }] = await Promise.all([
        import('wavesurfer.js'),
        import('wavesurfer.js/dist/plugins/regions.esm.js'),
      ])
      if (cancelled) return
      const regions = Regions.create()
      surfer = WaveSurferClass.create({
        container,
        media,
        height: 96,
        barWidth: 2,
        barGap: 1,
        barRadius: 1,
        waveColor: '#b9b3ef',
        progressColor: '#3b2fc9',
        cursorColor: '#1d1754',
        cursorWidth: 2,
        interact: true,
        plugins: [regions],
      })
      surferRef.current = surfer
      regionsRef.current = regions
      media.addEventListener('seeked', onSeeked)
      surfer.on('timeupdate', (time) => {
        if (seekingRef.current) return
        positionRef.current = time
        setCurrentTime(time)
      })
      surfer.on('decode', (length) => setLoadedDuration(length))
      surfer.on('play', () => setPlaying(true))
      surfer.on('pause', () => setPlaying(false))
      surfer.on('finish', () => setPlaying(false))
      // A click on the waveform is a moment to comment on (the playhead moves there too).
      surfer.on('interaction', (time) => {
        positionRef.current = time
        if (!canCommentRef.current) return
        regions
          .getRegions()
          .find((r) => r.id === PENDING_REGION)
          ?.remove()
        setPending({ start: time, end: null })
      })
      if (canCommentRef.current) {
        regions.enableDragSelection({ color: 'rgba(59, 47, 201, 0.22)', id: PENDING_REGION })
      }
      regions.on('region-created', (region) => {
        if (region.id !== PENDING_REGION) return
        // One passage at a time: a new drag replaces the previous one.
        for (const other of regions.getRegions()) {
          if (other.id === PENDING_REGION && other !== region) other.remove()
        }
        setPending({ start: region.start, end: region.end > region.start ? region.end : null })
      })
      regions.on('region-updated', (region) => {
        if (region.id === PENDING_REGION) setPending({ start: region.start, end: region.end })
      })
      setReady(true)
    })()
    return () => {
      cancelled = true
      media.removeEventListener('seeked', onSeeked)
      surfer?.destroy()
      surferRef.current = null
      regionsRef.current = null
      setReady(false)
    }
  }, [])

  // Load the chosen version (peaks given: the file is streamed, never decoded in the browser). Keyed
  // by its file and whether its peaks are there, so a refresh after a comment doesn't reload it.
  const selectedRef = useRef(selected)
  useEffect(() => {
    selectedRef.current = selected
  }, [selected])
  const selectedUrl = selected?.url
  const hasPeaks = Boolean(selected?.peaks)
  useEffect(() => {
    const surfer = surferRef.current
    const version = selectedRef.current
    if (!ready || !surfer || !version || !selectedUrl) return
    // The same file again (its peaks arrived while it was open): carry on where it was.
    const sameFile = loadedUrlRef.current === selectedUrl
    const resume =
      resumeRef.current ??
      (sameFile ? { time: positionRef.current, play: surfer.isPlaying() } : null)
    resumeRef.current = null
    seekedWhileLoading.current = false
    // A new file starts at 0 until the resumed position is set once it has loaded.
    positionRef.current = 0
    seekingRef.current = false
    const peaks = version.peaks ? [version.peaks] : undefined
    const length = version.durationSeconds ?? undefined
    void surfer
      .load(selectedUrl, peaks, length)
      .then(() => {
        loadedUrlRef.current = selectedUrl
        setLoadedUrl(selectedUrl)
        if (!resume || seekedWhileLoading.current) return
        const time = Math.min(resume.time, surfer.getDuration() || resume.time)
        positionRef.current = time
        surfer.setTime(time)
        setCurrentTime(time)
        if (resume.play) void surfer.play()
      })
      .catch(() => undefined)
  }, [ready, selectedUrl, hasPeaks])

  // The comments as markers: a line for a moment, a band for a passage; resolved ones paler.
  useEffect(() => {
    const regions = regionsRef.current
    if (!ready || !regions || !selectedUrl) return
    const draw = () => {
      for (const region of regions.getRegions()) {
        if (region.id !== PENDING_REGION) region.remove()
      }
      for (const c of comments) {
        regions.addRegion({
          id: markerId(c.id),
          start: c.startSeconds,
          end: c.endSeconds ?? c.startSeconds,
          color: c.resolved ? 'rgba(34, 139, 84, 0.35)' : 'rgba(214, 69, 65, 0.45)',
          content: c.pickupNumber ? String(c.pickupNumber) : undefined,
          drag: false,
          resize: false,
        })
      }
    }
    const surfer = surferRef.current
    if (surfer && surfer.getDuration() > 0) draw()
    // Markers need the version's duration: drawn again once a (new) file has it.
    return surfer?.on('decode', draw)
  }, [ready, selectedUrl, comments])

  const seek = useCallback((time: number) => {
    const surfer = surferRef.current
    if (!surfer) return
    seekedWhileLoading.current = true
    const end = surfer.getDuration() || time
    const target = Math.max(0, Math.min(end, time))
    positionRef.current = target
    // Before its metadata the element only notes the start position: no seek, no 'seeked'.
    seekingRef.current = (audioRef.current?.readyState ?? 0) >= 1
    reseeksRef.current = 0
    surfer.setTime(target)
    setCurrentTime(target)
  }, [])

  const switchTo = (versionId: number) => {
    if (versionId === selected?.id) return
    const surfer = surferRef.current
    resumeRef.current = {
      time: positionRef.current,
      play: surfer?.isPlaying() ?? false,
    }
    regionsRef.current
      ?.getRegions()
      .find((r) => r.id === PENDING_REGION)
      ?.remove()
    setPending(null)
    setSelectedId(versionId)
  }

  const togglePlay = () => void surferRef.current?.playPause()

  const openFormAtPlayhead = () => {
    setPending({ start: positionRef.current, end: null })
    // The form renders on the next paint; focus its text box so the keyboard can go on.
    requestAnimationFrame(() => textRef.current?.focus())
  }

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? SEEK_SECONDS * 5 : SEEK_SECONDS
    const now = positionRef.current
    const keys: Record<string, () => void> = {
      ' ': togglePlay,
      ArrowLeft: () => seek(now - step),
      ArrowRight: () => seek(now + step),
      Home: () => seek(0),
      End: () => seek(duration),
      ...(canComment ? { c: openFormAtPlayhead, C: openFormAtPlayhead } : {}),
    }
    const action = keys[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }

  const cancel = () => {
    regionsRef.current
      ?.getRegions()
      .find((r) => r.id === PENDING_REGION)
      ?.remove()
    setPending(null)
    setProblem(null)
  }

  const send = async (body: string) => {
    if (!pending || !selected) return
    setBusy(true)
    setProblem(null)
    const result = await apiRequest({
      method: 'POST',
      url: '/api/review-comments',
      body: {
        deliverable: selected.id,
        startSeconds: Math.round(pending.start * 1000) / 1000,
        ...(pending.end !== null ? { endSeconds: Math.round(pending.end * 1000) / 1000 } : {}),
        body,
      },
    })
    setBusy(false)
    if (!result.ok) {
      setProblem(result.message)
      return
    }
    setStatus(t('sent', { time: formatTimecode(pending.start) }))
    cancel()
    router.refresh()
  }

  const setResolved = async (commentId: number, resolved: boolean) => {
    setBusy(true)
    setProblem(null)
    setResolvedNow((now) => ({ ...now, [commentId]: resolved }))
    const result = await apiRequest({
      method: 'PATCH',
      url: `/api/review-comments/${commentId}`,
      body: { resolved },
    })
    setBusy(false)
    if (!result.ok) {
      setResolvedNow((now) => ({ ...now, [commentId]: !resolved }))
      setProblem(result.message)
      return
    }
    router.refresh()
  }

  const goTo = (comment: ReviewCommentView) => {
    const target = versions.find((v) => v.version === comment.version)
    if (target && target.id !== selected?.id) {
      resumeRef.current = { time: comment.startSeconds, play: false }
      setSelectedId(target.id)
    } else {
      seek(comment.startSeconds)
    }
    waveRef.current?.focus()
  }

  if (!selected) return null
  const total = duration
  const sorted = [...comments].sort(
    (a, b) => a.version - b.version || a.startSeconds - b.startSeconds || a.id - b.id,
  )

  return (
    <section
      className="waveform-review"
      aria-labelledby={`${id}-title`}
      data-testid="waveform-review"
    >
      <h3 id={`${id}-title`}>{t('title')}</h3>
      <p className="muted">{canComment ? t('intro') : canResolve ? t('introArtist') : null}</p>
      {versions.length > 1 && (
        <div className="waveform-review__compare">
          <span id={`${id}-compare`}>{t('compare')}</span>
          <div role="group" aria-labelledby={`${id}-compare`} aria-describedby={`${id}-ab`}>
            {versions.map((v) => (
              <button
                key={v.id}
                type="button"
                className={`button button--small${v.id === selected.id ? '' : ' button--ghost'}`}
                aria-pressed={v.id === selected.id}
                data-testid={`ab-version-${v.version}`}
                onClick={() => switchTo(v.id)}
              >
                {t('versionButton', { version: v.version })}
              </button>
            ))}
          </div>
          <p id={`${id}-ab`} className="form__hint">
            {t('compareHint')}
          </p>
        </div>
      )}
      <div className="waveform-review__player">
        <button
          type="button"
          className="waveform-review__toggle"
          onClick={togglePlay}
          aria-label={playing ? t('pause') : t('play', { version: selected.version })}
          data-testid="review-play"
        >
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        <div
          ref={waveRef}
          className="waveform-review__wave"
          role="slider"
          tabIndex={0}
          aria-label={t('waveform', { version: selected.version })}
          aria-describedby={`${id}-keys`}
          aria-valuemin={0}
          aria-valuemax={Math.round(total * 10) / 10}
          aria-valuenow={Math.round(currentTime * 10) / 10}
          aria-valuetext={t('position', {
            current: formatTimecode(currentTime),
            total: formatTimecode(total),
          })}
          data-testid="review-wave"
          data-version={selected.version}
          data-loaded={loadedUrl === selected.url ? 'true' : 'false'}
          onKeyDown={onKeyDown}
        />
        <span className="waveform-review__time" aria-hidden="true">
          {formatTimecode(currentTime)} / {formatTimecode(total)}
        </span>
      </div>
      {/* The player's media element: wavesurfer drives it; Range requests make seeking cheap. */}
      <audio ref={audioRef} preload="metadata" data-testid="review-audio" hidden />
      <p id={`${id}-keys`} className="form__hint">
        {t('keys')}
      </p>
      {!selected.peaks && <p className="muted">{t('noWaveform')}</p>}
      {canComment && !pending && (
        <button type="button" className="button button--ghost" onClick={openFormAtPlayhead}>
          {t('commentHere', { time: formatTimecode(currentTime) })}
        </button>
      )}
      {canComment && pending && (
        <form
          className="form waveform-review__form"
          data-testid="comment-form"
          onSubmit={(e) => {
            e.preventDefault()
            const body = String(new FormData(e.currentTarget).get('body') ?? '').trim()
            if (body) void send(body)
          }}
        >
          <div className="form__field">
            <label htmlFor={`${id}-body`}>
              {pending.end !== null
                ? t('formRegion', {
                    from: formatTimecode(pending.start),
                    to: formatTimecode(pending.end),
                    version: selected.version,
                  })
                : t('formAt', { time: formatTimecode(pending.start), version: selected.version })}
            </label>
            <textarea
              ref={textRef}
              id={`${id}-body`}
              name="body"
              rows={2}
              maxLength={2000}
              required
              placeholder={t('body')}
            />
          </div>
          <div className="form__actions">
            <button type="button" className="button button--ghost" onClick={cancel}>
              {t('cancel')}
            </button>
            <button type="submit" className="button" disabled={busy}>
              {t('send')}
            </button>
          </div>
        </form>
      )}
      <div role="alert" className="form-problems">
        {problem && <p>{problem}</p>}
      </div>
      <p role="status" className="visually-hidden">
        {status}
      </p>
      <h4>{t('listTitle')}</h4>
      {sorted.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <ol className="review-comments" data-testid="review-comments">
          {sorted.map((c) => {
            const time =
              c.endSeconds !== null
                ? `${formatTimecode(c.startSeconds)}–${formatTimecode(c.endSeconds)}`
                : formatTimecode(c.startSeconds)
            const resolvableIn =
              latest && latest.version > c.version ? latest.version : (null as number | null)
            return (
              <li
                key={c.id}
                className={`review-comment${c.resolved ? ' review-comment--resolved' : ''}`}
                data-testid={`review-comment-${c.id}`}
                data-resolved={c.resolved ? 'true' : 'false'}
              >
                <button
                  type="button"
                  className="review-comment__time"
                  aria-label={t('seekTo', { time, version: c.version })}
                  onClick={() => goTo(c)}
                >
                  {time}
                </button>{' '}
                <span className="muted">{t('onVersion', { version: c.version })}</span>
                {c.pickupNumber !== null && (
                  <span className="status">{t('pickup', { number: c.pickupNumber })}</span>
                )}
                <p className="prewrap">{c.body}</p>
                {canResolve && resolvableIn !== null ? (
                  <label className="review-comment__resolve">
                    <input
                      type="checkbox"
                      checked={resolvedNow[c.id] ?? c.resolved}
                      disabled={busy}
                      data-testid={`resolve-${c.id}`}
                      onChange={(e) => void setResolved(c.id, e.currentTarget.checked)}
                    />{' '}
                    {t('markResolved', { version: c.resolvedInVersion ?? resolvableIn })}
                  </label>
                ) : (
                  <span className={c.resolved ? 'status status--completed' : 'status'}>
                    {c.resolved && c.resolvedInVersion !== null
                      ? t('resolvedIn', { version: c.resolvedInVersion })
                      : canResolve
                        ? t('resolveLater')
                        : t('open')}
                  </span>
                )}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
