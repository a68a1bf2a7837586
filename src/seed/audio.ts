import type { demoCategories } from '@/domain/catalog'

import type { Random } from './random'
import { createRandom } from './random'

/**
 * Demo audio made from nothing: a formant synthesizer "speaks" a made-up language (syllables of
 * consonants and vowels with a speaking melody), optionally over a soft music bed. Pure and
 * deterministic: the same options always give the same bytes. No speech is recognisable, but it
 * sounds like a voice and each seed, pitch and style sounds different.
 */

export type DemoStyle = (typeof demoCategories)[number]['value']

export type WavOptions = {
  /** Length of the file. */
  seconds: number
  seed: number
  /** Samples per second; 22 050 keeps demos small (about 43 kB per second). */
  sampleRate?: number
  /** Average speaking pitch: about 100 Hz for a low voice, 210 Hz for a high one. Defaults from the seed. */
  pitchHz?: number
  /** Delivery and backing: a commercial gets a music bed, an IVR prompt a chime, and so on. */
  style?: DemoStyle
}

type StyleProfile = {
  syllableMs: [number, number]
  phraseSyllables: [number, number]
  pauseMs: [number, number]
  /** How far stressed syllables rise above the speaking line, as a fraction of the pitch. */
  pitchSwing: number
  pitchFactor: number
  bed: 'none' | 'soft' | 'upbeat'
  chime: boolean
}

const styles: Record<DemoStyle, StyleProfile> = {
  commercial: {
    syllableMs: [105, 175],
    phraseSyllables: [5, 9],
    pauseMs: [220, 400],
    pitchSwing: 0.24,
    pitchFactor: 1.04,
    bed: 'upbeat',
    chime: false,
  },
  narration: {
    syllableMs: [150, 235],
    phraseSyllables: [7, 12],
    pauseMs: [380, 650],
    pitchSwing: 0.12,
    pitchFactor: 0.97,
    bed: 'none',
    chime: false,
  },
  e_learning: {
    syllableMs: [130, 205],
    phraseSyllables: [6, 10],
    pauseMs: [320, 520],
    pitchSwing: 0.15,
    pitchFactor: 1,
    bed: 'none',
    chime: false,
  },
  character: {
    syllableMs: [95, 200],
    phraseSyllables: [3, 7],
    pauseMs: [200, 450],
    pitchSwing: 0.4,
    pitchFactor: 1.3,
    bed: 'none',
    chime: false,
  },
  corporate: {
    syllableMs: [130, 210],
    phraseSyllables: [6, 10],
    pauseMs: [300, 500],
    pitchSwing: 0.13,
    pitchFactor: 0.98,
    bed: 'soft',
    chime: false,
  },
  ivr: {
    syllableMs: [140, 215],
    phraseSyllables: [5, 8],
    pauseMs: [550, 800],
    pitchSwing: 0.1,
    pitchFactor: 1,
    bed: 'none',
    chime: true,
  },
}

/** Formant frequencies F1–F3 of an adult male voice (Peterson & Barney); higher voices scale them up. */
const vowels: readonly (readonly [number, number, number])[] = [
  [730, 1090, 2440], // a
  [530, 1840, 2480], // e
  [270, 2290, 3010], // i
  [570, 840, 2410], // o
  [300, 870, 2240], // u
  [500, 1500, 2500], // schwa
  [660, 1720, 2410], // ae
  [590, 880, 2540], // open o
]

type Segment = {
  samples: number
  voiced: number
  noise: number
  noiseHz: number
  formants: readonly [number, number, number]
  pitch: number
}

/**
 * A two-pole resonator (Klatt): unity gain at 0 Hz, a peak at `hz` of width `bandwidth`.
 * Classes rather than closures here and in `Sine`: these run for every sample, and V8 optimizes
 * method calls on one class shape much better (the seed's audio is made in about half the time).
 */
class Resonator {
  private a = 0
  private b = 0
  private c = 0
  private y1 = 0
  private y2 = 0
  constructor(private readonly sampleRate: number) {}

  set(hz: number, bandwidth: number): void {
    const r = Math.exp((-Math.PI * bandwidth) / this.sampleRate)
    this.c = -r * r
    this.b =
      2 * r * Math.cos((2 * Math.PI * Math.min(hz, this.sampleRate * 0.45)) / this.sampleRate)
    this.a = 1 - this.b - this.c
  }

  step(x: number): number {
    const y = this.a * x + this.b * this.y1 + this.c * this.y2
    this.y2 = this.y1
    this.y1 = y
    return y
  }
}

/** Gain of a Klatt resonator at its own centre frequency, to turn it into a unity-peak band-pass. */
const peakGain = (hz: number, bandwidth: number, sampleRate: number): number => {
  const r = Math.exp((-Math.PI * bandwidth) / sampleRate)
  const c = -r * r
  const w = (2 * Math.PI * hz) / sampleRate
  const b = 2 * r * Math.cos(w)
  const re = 1 - b * Math.cos(w) - c * Math.cos(2 * w)
  const im = b * Math.sin(w) + c * Math.sin(2 * w)
  return (1 - b - c) / Math.hypot(re, im)
}

/** Band-limited sawtooth correction (polyBLEP), so high notes don't alias into hiss. */
const polyBlep = (phase: number, step: number): number => {
  if (phase < step) {
    const t = phase / step
    return t + t - t * t - 1
  }
  if (phase > 1 - step) {
    const t = (phase - 1) / step
    return t * t + t + t + 1
  }
  return 0
}

const ms = (value: number, sampleRate: number) => Math.round((value / 1000) * sampleRate)

/** The script of the demo: phrases of syllables, each a consonant (or none) and a vowel, with pauses. */
const writeScript = ({
  random,
  profile,
  pitch,
  tractScale,
  sampleRate,
  totalSamples,
}: {
  random: Random
  profile: StyleProfile
  pitch: number
  tractScale: number
  sampleRate: number
  totalSamples: number
}): Segment[] => {
  const segments: Segment[] = []
  const scale = (f: readonly [number, number, number]) =>
    [f[0] * tractScale, f[1] * tractScale, f[2] * tractScale] as const
  const silence = (samples: number, formants: Segment['formants'], at: number): Segment => ({
    samples,
    voiced: 0,
    noise: 0,
    noiseHz: 3000,
    formants,
    pitch: at,
  })

  let cursor = 0
  const push = (segment: Segment) => {
    segments.push(segment)
    cursor += segment.samples
  }
  const lead = ms(profile.chime ? 1300 : profile.bed === 'none' ? 250 : 900, sampleRate)
  const end = totalSamples - ms(profile.bed === 'none' ? 450 : 1400, sampleRate)
  push(silence(lead, scale(vowels[5]), pitch))

  while (cursor < end - ms(900, sampleRate)) {
    const count = random.int(...profile.phraseSyllables)
    const question = random.chance(0.2)
    let vowel = scale(vowels[5])
    for (let j = 0; j < count; j++) {
      // Wrap the phrase up early when the demo is nearly over, so no syllable is cut off.
      const last = j === count - 1 || cursor > end - ms(700, sampleRate)
      const stressed = j === 0 || random.chance(0.3)
      const declination = 1.08 - (0.2 * j) / Math.max(count - 1, 1)
      const accent = stressed
        ? 1 + profile.pitchSwing * random.between(0.5, 1)
        : 1 + profile.pitchSwing * random.between(-0.2, 0.2)
      const ending = last ? (question ? 1.25 : 0.84) : 1
      const syllablePitch = pitch * declination * accent * ending

      vowel = scale(random.pick(vowels))
      const onset = random.pick(['none', 'plosive', 'fricative', 'nasal', 'liquid', 'plosive'])
      if (onset === 'plosive') {
        push(silence(ms(random.between(35, 60), sampleRate), vowel, syllablePitch))
        push({
          samples: ms(14, sampleRate),
          voiced: 0,
          noise: 0.5,
          noiseHz: random.between(1500, 3800),
          formants: vowel,
          pitch: syllablePitch,
        })
      } else if (onset === 'fricative') {
        const voicedFricative = random.chance(0.3)
        push({
          samples: ms(random.between(60, 105), sampleRate),
          voiced: voicedFricative ? 0.25 : 0,
          noise: 0.32,
          noiseHz: random.pick([4800, 5200, 2900, 2200]),
          formants: vowel,
          pitch: syllablePitch,
        })
      } else if (onset === 'nasal') {
        push({
          samples: ms(random.between(45, 75), sampleRate),
          voiced: 0.4,
          noise: 0,
          noiseHz: 3000,
          formants: scale([280, random.pick([1000, 1400, 1800]), 2500]),
          pitch: syllablePitch,
        })
      } else if (onset === 'liquid') {
        push({
          samples: ms(random.between(40, 65), sampleRate),
          voiced: 0.65,
          noise: 0,
          noiseHz: 3000,
          formants: scale([360, 1150, 2600]),
          pitch: syllablePitch,
        })
      }
      const length =
        random.between(...profile.syllableMs) * (stressed ? 1.25 : 1) * (last ? 1.4 : 1)
      // A vowel swells and then fades a little, rather than ending as a flat block.
      const loudness = stressed ? 1 : 0.8
      for (const [share, level] of [
        [0.65, loudness],
        [0.35, loudness * 0.55],
      ]) {
        push({
          samples: ms(length * share, sampleRate),
          voiced: level,
          noise: 0,
          noiseHz: 2500,
          formants: vowel,
          pitch: syllablePitch,
        })
      }
      // A short gap between words now and then.
      if (!last && random.chance(0.25)) {
        push(silence(ms(random.between(40, 90), sampleRate), vowel, syllablePitch))
      }
      if (last) break
    }
    push(silence(ms(random.between(...profile.pauseMs), sampleRate), vowel, pitch))
  }
  push(silence(Math.max(totalSamples - cursor, 0), scale(vowels[5]), pitch))
  return segments
}

/** Runs the formant synthesizer over the script; parameters glide between segments like real speech. */
const speak = ({
  segments,
  random,
  sampleRate,
  totalSamples,
  tractScale,
}: {
  segments: Segment[]
  random: Random
  sampleRate: number
  totalSamples: number
  tractScale: number
}): Float32Array => {
  const out = new Float32Array(totalSamples)
  const glide = (seconds: number) => 1 - Math.exp(-1 / (seconds * sampleRate))
  const formantGlide = glide(0.02)
  const amplitudeGlide = glide(0.007)
  const pitchGlide = glide(0.05)
  const f1 = new Resonator(sampleRate)
  const f2 = new Resonator(sampleRate)
  const f3 = new Resonator(sampleRate)
  const presence = new Resonator(sampleRate)
  presence.set(3400 * tractScale, 300)
  const hiss = new Resonator(sampleRate)
  let hissGain = 1

  const first = segments[0]
  const formants = [...first.formants]
  let pitch = first.pitch
  let voiced = 0
  let noise = 0
  let noiseHz = first.noiseHz
  let phase = 0
  let tilt = 0
  let drift = 0
  let vibrato = 1
  let n = 0

  for (const segment of segments) {
    for (let i = 0; i < segment.samples && n < totalSamples; i++, n++) {
      for (let k = 0; k < 3; k++) formants[k] += (segment.formants[k] - formants[k]) * formantGlide
      pitch += (segment.pitch - pitch) * pitchGlide
      voiced += (segment.voiced - voiced) * amplitudeGlide
      noise += (segment.noise - noise) * amplitudeGlide
      noiseHz += (segment.noiseHz - noiseHz) * formantGlide

      // Filter coefficients change slowly; updating every 16 samples is inaudible and cheaper.
      if ((n & 15) === 0) {
        f1.set(formants[0], 80)
        f2.set(formants[1], 100)
        f3.set(formants[2], 150)
        hiss.set(noiseHz, noiseHz * 0.35)
        hissGain = 1 / peakGain(noiseHz, noiseHz * 0.35, sampleRate)
        // A slow random wander and a 5 Hz vibrato keep the pitch from sounding mechanical.
        drift += (random.between(-1, 1) - drift) * 0.008
        vibrato = 1 + 0.006 * Math.sin((2 * Math.PI * 5.1 * n) / sampleRate) + 0.02 * drift
      }

      const step = (pitch * vibrato) / sampleRate
      phase += step
      if (phase >= 1) phase -= 1
      const saw = 2 * phase - 1 - polyBlep(phase, step)
      // A gentle low-pass: the glottal source falls off faster than a raw sawtooth.
      tilt += (saw - tilt) * 0.6
      const white = random.between(-1, 1)

      let voice = f3.step(f2.step(f1.step((tilt + white * 0.04) * voiced)))
      voice = presence.step(voice) * 0.6 + voice * 0.4
      const fricative = hiss.step(white) * hissGain * noise
      out[n] = voice * 0.05 + fricative
    }
  }
  return out
}

const noteHz = (semitonesFromA4: number) => 440 * 2 ** (semitonesFromA4 / 12)

/** A sine oscillator that rotates a unit vector instead of calling Math.sin every sample. */
class Sine {
  private readonly cosW: number
  private readonly sinW: number
  private re = 1
  private im = 0
  constructor(hz: number, sampleRate: number) {
    const w = (2 * Math.PI * hz) / sampleRate
    this.cosW = Math.cos(w)
    this.sinW = Math.sin(w)
  }

  next(): number {
    const re = this.re * this.cosW - this.im * this.sinW
    this.im = this.im * this.cosW + this.re * this.sinW
    this.re = re
    return this.im
  }
}

/** A quiet chord progression (I–V–vi–IV) under the voice; "upbeat" adds a plucked arpeggio. */
const musicBed = ({
  random,
  kind,
  sampleRate,
  totalSamples,
}: {
  random: Random
  kind: 'soft' | 'upbeat'
  sampleRate: number
  totalSamples: number
}): Float32Array => {
  const out = new Float32Array(totalSamples)
  const root = random.pick([-21, -19, -17, -16, -14, -12]) // C3 … A3
  const progression = [
    [0, 4, 7],
    [7, 11, 14],
    [9, 12, 16],
    [5, 9, 12],
  ]
  const barSeconds = kind === 'upbeat' ? 2 : 3
  const barSamples = Math.round(barSeconds * sampleRate)
  const pulseSamples = Math.round(0.25 * sampleRate)
  const fadeOut = Math.round(1.2 * sampleRate)
  let pad: Sine[] = []
  let chord: number[] = []
  let pluck = [new Sine(1, sampleRate), new Sine(2, sampleRate)]

  for (let n = 0; n < totalSamples; n++) {
    if (n % barSamples === 0) {
      // Each chord starts from silence (see `swell`), so restarting the oscillators can't click.
      chord = progression[(n / barSamples) % progression.length].map((i) => noteHz(root + i))
      // Two slightly detuned voices per note make the pad shimmer instead of buzz.
      pad = chord.flatMap((hz) => [
        new Sine(hz, sampleRate),
        new Sine(hz * 1.003, sampleRate),
        new Sine(hz * 2, sampleRate),
      ])
    }
    const inBar = (n % barSamples) / sampleRate
    const swell = Math.min(inBar / 0.35, 1) * (1 - 0.25 * (inBar / barSeconds))
    let sample = 0
    for (let i = 0; i < pad.length; i += 3) {
      sample += 0.5 * pad[i].next() + 0.5 * pad[i + 1].next() + 0.18 * pad[i + 2].next()
    }
    sample *= swell / chord.length
    if (kind === 'upbeat') {
      const step = Math.floor(n / pulseSamples)
      if (n % pulseSamples === 0) {
        const hz = chord[step % chord.length] * (step % 4 === 3 ? 4 : 2)
        pluck = [new Sine(hz, sampleRate), new Sine(hz * 2, sampleRate)]
      }
      const since = (n - step * pulseSamples) / sampleRate
      sample += (pluck[0].next() + 0.3 * pluck[1].next()) * Math.exp(-since / 0.11) * 0.55
    }
    const fade = Math.min(1, n / (0.6 * sampleRate), (totalSamples - n) / fadeOut)
    out[n] = sample * fade
  }
  return out
}

/** Two bell notes at the start, as a telephone menu plays before its prompt. */
const chime = ({ sampleRate, totalSamples }: { sampleRate: number; totalSamples: number }) => {
  const out = new Float32Array(totalSamples)
  const notes = [
    { at: 0.1, hz: noteHz(7) },
    { at: 0.45, hz: noteHz(3) },
  ]
  for (const { at, hz } of notes) {
    const start = Math.round(at * sampleRate)
    const length = Math.min(Math.round(1.1 * sampleRate), totalSamples - start)
    for (let i = 0; i < length; i++) {
      const t = i / sampleRate
      const envelope = Math.min(t / 0.004, 1) * Math.exp(-t / 0.28)
      out[start + i] +=
        (Math.sin(2 * Math.PI * hz * t) + 0.35 * Math.sin(2 * Math.PI * hz * 2.76 * t)) * envelope
    }
  }
  return out
}

const normalize = (samples: Float32Array, peak: number): Float32Array => {
  let max = 0
  for (const s of samples) max = Math.max(max, Math.abs(s))
  if (max === 0) return samples
  const gain = peak / max
  for (let i = 0; i < samples.length; i++) samples[i] *= gain
  return samples
}

/** Mono float samples in [-1, 1] → a 16-bit PCM RIFF/WAVE file. */
export const encodeWav = ({
  samples,
  sampleRate,
}: {
  samples: Float32Array
  sampleRate: number
}): Buffer => {
  const dataBytes = samples.length * 2
  const buffer = Buffer.alloc(44 + dataBytes)
  buffer.write('RIFF', 0, 'ascii')
  buffer.writeUInt32LE(36 + dataBytes, 4)
  buffer.write('WAVE', 8, 'ascii')
  buffer.write('fmt ', 12, 'ascii')
  buffer.writeUInt32LE(16, 16) // size of the fmt chunk
  buffer.writeUInt16LE(1, 20) // PCM
  buffer.writeUInt16LE(1, 22) // mono
  buffer.writeUInt32LE(sampleRate, 24)
  buffer.writeUInt32LE(sampleRate * 2, 28) // bytes per second
  buffer.writeUInt16LE(2, 32) // bytes per frame
  buffer.writeUInt16LE(16, 34) // bits per sample
  buffer.write('data', 36, 'ascii')
  buffer.writeUInt32LE(dataBytes, 40)
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]))
    buffer.writeInt16LE(Math.round(s * 32767), 44 + i * 2)
  }
  return buffer
}

/** The demo's samples, before encoding: useful to analyse the sound without parsing a WAV. */
export const synthesizeDemo = ({
  seconds,
  seed,
  sampleRate = 22050,
  pitchHz,
  style = 'narration',
}: WavOptions): Float32Array => {
  if (!(seconds > 0) || seconds > 600) throw new RangeError('seconds must be between 0 and 600')
  const random = createRandom(seed)
  const profile = styles[style]
  const basePitch = pitchHz ?? random.between(95, 230)
  const pitch = basePitch * profile.pitchFactor
  // Shorter vocal tracts (higher voices) have higher formants: up to ~17% for a typical female voice.
  const tractScale = 1 + Math.min(Math.max((basePitch - 110) / 110, 0), 1) * 0.17
  const totalSamples = Math.round(seconds * sampleRate)

  const segments = writeScript({ random, profile, pitch, tractScale, sampleRate, totalSamples })
  const voice = normalize(
    speak({ segments, random, sampleRate, totalSamples, tractScale }),
    profile.bed === 'none' ? 0.85 : 0.72,
  )
  if (profile.bed !== 'none') {
    const bed = normalize(musicBed({ random, kind: profile.bed, sampleRate, totalSamples }), 0.16)
    for (let i = 0; i < totalSamples; i++) voice[i] += bed[i]
  }
  if (profile.chime) {
    const bell = normalize(chime({ sampleRate, totalSamples }), 0.5)
    for (let i = 0; i < totalSamples; i++) voice[i] += bell[i]
  }
  return normalize(voice, 0.89)
}

/** A playable demo: 16-bit PCM mono WAV (RIFF/WAVE) that browsers play and file-type reads as audio/wav. */
export const generateWav = (options: WavOptions): Buffer =>
  encodeWav({ samples: synthesizeDemo(options), sampleRate: options.sampleRate ?? 22050 })
