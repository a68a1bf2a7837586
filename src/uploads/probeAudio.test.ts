import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { decideUpload } from '@/domain/audioDecision'

import { probeAudio } from './probeAudio'

const corpusDir = path.resolve(__dirname, '../../tests/fixtures/real-world/audio')
const corpus: { file: string; expect: string; status?: number }[] = JSON.parse(
  fs.readFileSync(path.join(corpusDir, 'corpus.json'), 'utf8'),
)

describe('probeAudio', () => {
  // The Local API (seed, admin scripts) hands over an in-memory buffer, uploads a temp file: both
  // must reach the same decision for every corpus file.
  it.each(corpus.map((c) => [c.file, c] as const))(
    'should decide %s the same from a temp file and from a buffer',
    async (file, expected) => {
      const filePath = path.join(corpusDir, file)
      const fromFile = decideUpload({ probe: await probeAudio({ tempFilePath: filePath }) })
      const fromBuffer = decideUpload({
        probe: await probeAudio({ data: fs.readFileSync(filePath) }),
      })
      expect(fromBuffer).toEqual(fromFile)
      expect(fromFile.ok ? 'accepted' : fromFile.status).toBe(
        expected.expect === 'accepted' ? 'accepted' : expected.status,
      )
    },
  )

  it('should not trust the file name: a WAV saved as .mp3 is still a WAV', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'probe-'))
    try {
      const renamed = path.join(dir, 'take.mp3')
      fs.copyFileSync(path.join(corpusDir, 'wav-pcm24-48k-mono.wav'), renamed)
      expect(decideUpload({ probe: await probeAudio({ tempFilePath: renamed }) })).toMatchObject({
        ok: true,
        mimeType: 'audio/wav',
        audio: { format: 'WAV' },
      })
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
