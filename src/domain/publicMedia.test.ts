import { describe, expect, it } from 'vitest'

import { fileEtag, notModified, publicMediaType } from './publicMedia'

const NAME = '0123456789abcdef-demo'

describe('publicMediaType', () => {
  it.each([
    [`${NAME}.webp`, 'image/webp'],
    [`${NAME}-480x600.webp`, 'image/webp'],
    [`${NAME}.JPG`, 'image/jpeg'],
    [`${NAME}.preview.mp3`, 'audio/mpeg'],
    [`${NAME}.peaks.json`, 'application/json'],
  ])('should serve %s as %s', (name, type) => {
    expect(publicMediaType(name)).toBe(type)
  })

  it.each([
    `${NAME}.wav`,
    `${NAME}.aiff`,
    `${NAME}.flac`,
    // A demo uploaded as MP3 is an original recording; only the preview job's files are public.
    `${NAME}.mp3`,
    `${NAME}.json`,
    `${NAME}`,
    `../${NAME}.webp`,
    `0123456789abcdef-..webp`,
    'demo.webp',
    `${NAME}/x.webp`,
    `${NAME}.webp%00`,
  ])('should refuse %s', (name) => {
    expect(publicMediaType(name)).toBeNull()
  })
})

describe('notModified', () => {
  const etag = fileEtag({ size: 1000, mtimeMs: 1_700_000_000_500 })
  const base = { etag, mtimeMs: 1_700_000_000_500, ifNoneMatch: null, ifModifiedSince: null }

  it('should match the same ETag, weak or in a list', () => {
    expect(notModified({ ...base, ifNoneMatch: etag })).toBe(true)
    expect(notModified({ ...base, ifNoneMatch: `"x", W/${etag}` })).toBe(true)
    expect(notModified({ ...base, ifNoneMatch: '*' })).toBe(true)
  })

  it('should not match another ETag even when the date would', () => {
    expect(
      notModified({
        ...base,
        ifNoneMatch: '"other"',
        ifModifiedSince: new Date(1_800_000_000_000).toUTCString(),
      }),
    ).toBe(false)
  })

  it('should compare If-Modified-Since in whole seconds', () => {
    expect(
      notModified({ ...base, ifModifiedSince: new Date(1_700_000_000_000).toUTCString() }),
    ).toBe(true)
    expect(
      notModified({ ...base, ifModifiedSince: new Date(1_699_999_999_000).toUTCString() }),
    ).toBe(false)
    expect(notModified({ ...base, ifModifiedSince: 'yesterday' })).toBe(false)
  })

  it('should differ in ETag when the size or time differs', () => {
    expect(fileEtag({ size: 1001, mtimeMs: 1_700_000_000_500 })).not.toBe(etag)
    expect(fileEtag({ size: 1000, mtimeMs: 1_700_000_001_500 })).not.toBe(etag)
  })
})
