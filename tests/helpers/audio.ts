import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import ffmpeg from '@ffmpeg-installer/ffmpeg'

/**
 * Reference audio with known properties, made by the same ffmpeg binary the QC job uses: a 440 Hz
 * tone of `seconds` through the filter chain `filters` (e.g. `loudnorm=I=-23`, `volume=20`,
 * `adelay=2000`), at `sampleRate` Hz, `channels`, in the PCM `codec` (`pcm_s24le`, `pcm_u8`, …).
 * Returns the WAV file's bytes.
 */
export const referenceWav = ({
  seconds = 3,
  filters = [],
  sampleRate = 48_000,
  channels = 1,
  codec = 'pcm_s24le',
}: {
  seconds?: number
  filters?: string[]
  sampleRate?: number
  channels?: number
  codec?: string
} = {}): Buffer => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v14-ref-'))
  const out = path.join(dir, 'ref.wav')
  try {
    const args = [
      '-hide_banner',
      '-loglevel',
      'error',
      '-f',
      'lavfi',
      '-i',
      `sine=frequency=440:duration=${seconds}:sample_rate=${sampleRate}`,
      ...(filters.length > 0 ? ['-af', filters.join(',')] : []),
      '-ar',
      String(sampleRate),
      '-ac',
      String(channels),
      '-c:a',
      codec,
      '-y',
      out,
    ]
    const run = spawnSync(ffmpeg.path, args, { encoding: 'utf8' })
    if (run.status !== 0) throw new Error(`ffmpeg failed: ${run.stderr}`)
    return fs.readFileSync(out)
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

/** A take that meets the commercial spec (48 kHz, 24-bit, mono, −16 LUFS, true peak below −1 dBTP). */
export const passingTake = (): Buffer =>
  referenceWav({ filters: ['loudnorm=I=-16:TP=-2:LRA=7:linear=true'] })
