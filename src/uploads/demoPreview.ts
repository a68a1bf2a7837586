import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { parseBuffer } from 'music-metadata'

import type { WaveformPeaks } from '@/domain/waveformPeaks'
import { PEAK_PAIRS, waveformPeaks } from '@/domain/waveformPeaks'

import { FfmpegError, pcmSamples, peaksPcmOutput, runFfmpeg } from './ffmpeg'

/** Target bit rate of demo previews, bits per second (MP3, constant). */
export const PREVIEW_BITRATE = 128_000

export type DemoPreview = {
  /** The MP3 preview's bytes. */
  mp3: Buffer
  /** Its bit rate as read back from the file, bits per second. */
  bitrate: number
  peaks: WaveformPeaks
}

/** ffmpeg could not make a preview: `message` says why, for the media document and the admin. */
export { FfmpegError as PreviewError } from './ffmpeg'

/**
 * Makes a demo's streaming preview and waveform in one ffmpeg run over the original at
 * `sourcePath`: an MP3 at 128 kbit/s constant bit rate (44.1 kHz, mono or stereo as the source, at
 * most stereo, tags stripped) and {@link PEAK_PAIRS} normalised min/max pairs from an 8 kHz mono
 * signal. Throws {@link FfmpegError} (exported here as `PreviewError`) when ffmpeg is missing or
 * cannot decode the file, or the file has no audio.
 */
export const makeDemoPreview = async ({
  sourcePath,
  channels,
}: {
  sourcePath: string
  /** The original's channel count when known; the preview keeps mono as mono. */
  channels?: number | null
}): Promise<DemoPreview> => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'v14-preview-'))
  const mp3Path = path.join(dir, 'preview.mp3')
  try {
    // prettier-ignore
    const pcm = await runFfmpeg([
      '-hide_banner', '-nostdin', '-loglevel', 'error',
      '-i', sourcePath,
      '-map', '0:a:0', '-vn', '-map_metadata', '-1', '-ac', String(channels === 1 ? 1 : 2), '-ar', '44100',
      '-c:a', 'libmp3lame', '-b:a', String(PREVIEW_BITRATE), '-f', 'mp3', '-y', mp3Path,
      ...peaksPcmOutput(),
    ])
    const mp3 = await fsp.readFile(mp3Path)
    if (mp3.length === 0 || pcm.length < 2) throw new FfmpegError('The file has no audio.')
    const samples = pcmSamples(pcm)
    const metadata = await parseBuffer(mp3, 'audio/mpeg')
    return {
      mp3,
      bitrate: Math.round(metadata.format.bitrate ?? PREVIEW_BITRATE),
      peaks: waveformPeaks(samples, PEAK_PAIRS),
    }
  } finally {
    await fsp.rm(dir, { recursive: true, force: true })
  }
}
