import { spawn } from 'node:child_process'
import os from 'node:os'

/** ffmpeg is missing or could not decode a file: `message` says why, for the document and the admin. */
export class FfmpegError extends Error {}

/**
 * The ffmpeg binary shipped inside the `@ffmpeg-installer/<platform>` npm package (nothing is
 * downloaded at install time, and the system's ffmpeg is never used). Loaded on first use, so a
 * platform without a binary only fails the audio jobs, not the server.
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
    throw new FfmpegError(
      `No ffmpeg binary for this platform (${os.platform()}-${os.arch()}): ${String(error)}`,
    )
  }
}

/**
 * Runs ffmpeg with `args`; resolves with its standard output, or rejects with an
 * {@link FfmpegError} carrying its last error lines.
 */
export const runFfmpeg = async (args: string[]): Promise<Buffer> => {
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
      reject(new FfmpegError(`ffmpeg could not start: ${error.message}`)),
    )
    child.on('close', (code) => {
      if (code === 0) return resolve(Buffer.concat(out))
      const lines = err.trim().split('\n').slice(-2).join(' ').trim()
      reject(new FfmpegError(`ffmpeg could not decode the file (exit ${code}): ${lines}`))
    })
  })
}

/** Sample rate of the mono signal waveform peaks are computed from, Hz (plenty for the pairs used). */
export const PEAKS_SAMPLE_RATE = 8000

/** The ffmpeg output arguments that write the first audio stream as 8 kHz mono s16le to stdout. */
// prettier-ignore
export const peaksPcmOutput = (): string[] => [
  '-map', '0:a:0', '-ac', '1', '-ar', String(PEAKS_SAMPLE_RATE), '-f', 's16le', 'pipe:1',
]

/** ffmpeg's s16le output as samples (copied when the buffer is not 2-byte aligned). */
export const pcmSamples = (pcm: Buffer): Int16Array => {
  const aligned = pcm.byteOffset % 2 === 0 ? pcm : Buffer.from(pcm)
  return new Int16Array(aligned.buffer, aligned.byteOffset, Math.floor(pcm.length / 2))
}
