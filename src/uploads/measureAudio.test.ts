import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { compareWithSpec, defaultDeliverySpecs } from '@/domain/deliveryQc'

import { referenceWav } from '../../tests/helpers/audio'
import { measureAudio } from './measureAudio'

// Reference files with known properties, made by the same ffmpeg binary; measured as the QC job
// measures a delivery, and compared with the narration spec (48 kHz, 24-bit, mono, −23 LUFS ± 1 LU,
// true peak ≤ −1 dBTP, ≤ 1 s of silence at the start, ≤ 2 s at the end).
const spec = defaultDeliverySpecs.narration
let dir = ''
const write = (name: string, data: Buffer) => {
  const file = path.join(dir, name)
  fs.writeFileSync(file, data)
  return file
}
const files: Record<string, string> = {}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v14-measure-'))
  files.ebu = write(
    'ebu.wav',
    referenceWav({ filters: ['loudnorm=I=-23:TP=-2:LRA=7:linear=true'] }),
  )
  files.clipped = write('clipped.wav', referenceWav({ filters: ['volume=20'] }))
  files.leading = write(
    'leading.wav',
    referenceWav({ filters: ['loudnorm=I=-23:TP=-2:LRA=7:linear=true', 'adelay=2000'] }),
  )
  files.lowRate = write(
    'low-rate.wav',
    referenceWav({ sampleRate: 22_050, filters: ['loudnorm=I=-23:TP=-2:LRA=7:linear=true'] }),
  )
  files.eightBit = write(
    'eight-bit.wav',
    referenceWav({ codec: 'pcm_u8', filters: ['loudnorm=I=-23:TP=-2:LRA=7:linear=true'] }),
  )
})

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true })
})

const problemsOf = async (file: string) =>
  compareWithSpec(spec, await measureAudio(file)).problems.map((p) => p.key)

describe('measuring reference audio', () => {
  it('should measure a −23 LUFS tone within 0.5 LU and pass it', async () => {
    const m = await measureAudio(files.ebu)
    expect(Math.abs((m.integratedLufs ?? 0) + 23)).toBeLessThanOrEqual(0.5)
    expect(compareWithSpec(spec, m).status).toBe('passed')
  })

  it('should report the format of the tone from its headers', async () => {
    const m = await measureAudio(files.ebu)
    expect([m.format, m.sampleRateHz, m.bitDepth, m.channels, m.durationSeconds]).toEqual([
      'WAV',
      48_000,
      24,
      1,
      3,
    ])
  })

  it('should find clipped samples and a true peak over full scale in a clipped file', async () => {
    const m = await measureAudio(files.clipped)
    expect([(m.clippedSamples ?? 0) > 0, (m.truePeakDbtp ?? -99) > -1]).toEqual([true, true])
    expect(await problemsOf(files.clipped)).toEqual(
      expect.arrayContaining(['clipped', 'truePeak', 'tooLoud']),
    )
  })

  it('should measure 2 s of leading silence within 0.1 s and report it', async () => {
    const m = await measureAudio(files.leading)
    expect(Math.abs((m.leadingSilenceSeconds ?? 0) - 2)).toBeLessThanOrEqual(0.1)
    expect(await problemsOf(files.leading)).toEqual(['leadingSilence'])
  })

  it('should read a 22.05 kHz file’s sample rate and report it', async () => {
    const m = await measureAudio(files.lowRate)
    expect(m.sampleRateHz).toBe(22_050)
    expect(await problemsOf(files.lowRate)).toEqual(['sampleRate'])
  })

  it('should read an 8-bit file’s bit depth and report it', async () => {
    const m = await measureAudio(files.eightBit)
    expect(m.bitDepth).toBe(8)
    expect(await problemsOf(files.eightBit)).toEqual(['bitDepth'])
  })
})

describe('measuring real-world deliveries', () => {
  it('should measure an RF64 WAV', async () => {
    const m = await measureAudio('/work/shared/real-world/delivery-rf64.wav')
    expect([m.format, m.sampleRateHz, typeof m.integratedLufs]).toEqual(['RF64', 48_000, 'number'])
  })

  it('should measure an AAC .m4a and give it no bit depth', async () => {
    const m = await measureAudio('/work/shared/real-world/delivery-aac-isom.m4a')
    expect([m.format, m.bitDepth, typeof m.integratedLufs]).toEqual(['AAC', null, 'number'])
  })
})
