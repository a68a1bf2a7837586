import { spawn } from 'node:child_process'
import fsp from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import { parseBuffer } from 'music-metadata'

import type { WaveformPeaks } from '@/domain/waveformPeaks'
import { PEAK_PAIRS, waveformPeaks } from '@/domain/waveformPeaks'

/** Target bit rate of demo previews, bits per second (MP3, constant). */
export const PREVIEW_BITRATE = 128_000
/** Sample rate of the mono signal the peaks are computed from, Hz (plenty for 1000 pairs). */
const PEAKS_SAMPLE_RATE = 8000

export type DemoPreview = {
  /** The MP3 preview's bytes. */
  mp3: Buffer
  /** Its bit rate as read back from the file, bits per second. */
  bitrate: number
  peaks: WaveformPeaks
}

/** ffmpeg could not make a preview: `message` says why, for the media document and the admin. */
export class PreviewError extends Error {}

/**
 * The ffmpeg binary shipped inside the `@ffmpeg-installer/<platform>` npm package (nothing is
 * downloaded at install time, and the system's ffmpeg is never used). Loaded on first use, so a
 * platform without a binary only fails the previews, not the server.
 */
export const ffmpegPath = async (): Promise<string> => {
  try {
    const installer = (await import('@ffmpeg-installer/ffmpeg')) as unknown as {
      path?: string
      default?: { path: string }
    }
    const binary = installer.path ?? installer.default?.path
    if (!binary) throw new Error('no path')
    return binary
  } catch (error) {
    throw new PreviewError(
      `No ffmpeg binary for this platform (${os.platform()}-${os.arch()}): ${String(error)}`,
    )
  }
}

/** Runs ffmpeg with `args`; resolves with its standard output, or rejects with its last error lines. */
const runFfmpeg = async (args: string[]): Promise<Buffer> => {
  const binary = await ffmpegPath()
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    let err = ''
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk))
    child.stderr.on('data', (chunk: Buffer) => {
      err = (err + chunk.toString('utf8')).slice(-4000)
    })
    child.on('error', (error) =>
      reject(new PreviewError(`ffmpeg could not start: ${error.message}`)),
    )
    child.on('close', (code) => {
      if (code === 0) return resolve(Buffer.concat(out))
      const lines = err.trim().split('\n').slice(-2).join(' ').trim()
      reject(new PreviewError(`ffmpeg could not decode the file (exit ${code}): ${lines}`))
    })
  })
}

/**
 * Makes a demo's streaming preview and waveform in one ffmpeg run over the original at
 * `sourcePath`: an MP3 at 128 kbit/s constant bit rate (44.1 kHz, mono or stereo as the source, at
 * most stereo, tags stripped) and {@link PEAK_PAIRS} normalised min/max pairs from an 8 kHz mono
 * signal. Throws {@link PreviewError} when ffmpeg is missing or cannot decode the file, or the
 * file has no audio.
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
      '-map', '0:a:0', '-ac', '1', '-ar', String(PEAKS_SAMPLE_RATE), '-f', 's16le', 'pipe:1',
    ])
    const mp3 = await fsp.readFile(mp3Path)
    if (mp3.length === 0 || pcm.length < 2) throw new PreviewError('The file has no audio.')
    const aligned = pcm.byteOffset % 2 === 0 ? pcm : Buffer.from(pcm)
    const samples = new Int16Array(aligned.buffer, aligned.byteOffset, Math.floor(pcm.length / 2))
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
