import type { WaveformPeaks } from '@/domain/waveformPeaks'
import { waveformPeaks } from '@/domain/waveformPeaks'

import { FfmpegError, PEAKS_SAMPLE_RATE, pcmSamples, peaksPcmOutput, runFfmpeg } from './ffmpeg'

export type AudioPeaks = {
  peaks: WaveformPeaks
  /** The decoded length, seconds (from the sample count, so it matches what is drawn). */
  durationSeconds: number
}

/**
 * Waveform peaks of the audio file at `sourcePath`: ffmpeg decodes its first audio stream to 8 kHz
 * mono 16-bit PCM, and `pairs(durationSeconds)` says how many normalised min/max pairs to make of it
 * (see `waveformPeaks`). Throws {@link FfmpegError} when ffmpeg is missing or can't decode the file,
 * or the file holds no audio.
 */
export const computeAudioPeaks = async ({
  sourcePath,
  pairs,
}: {
  sourcePath: string
  pairs: (durationSeconds: number) => number
}): Promise<AudioPeaks> => {
  // prettier-ignore
  const pcm = await runFfmpeg([
    '-hide_banner', '-nostdin', '-loglevel', 'error', '-i', sourcePath, ...peaksPcmOutput(),
  ])
  if (pcm.length < 2) throw new FfmpegError('The file has no audio.')
  const samples = pcmSamples(pcm)
  const durationSeconds = samples.length / PEAKS_SAMPLE_RATE
  return { peaks: waveformPeaks(samples, pairs(durationSeconds)), durationSeconds }
}
