import { describe, expect, it } from 'vitest'

import { sameOriginPath } from './sameOriginPath'

describe('sameOriginPath', () => {
  it('should make a URL on our server root-relative', () => {
    expect(
      sameOriginPath('http://localhost:3000/api/media/file/a.webp', 'http://localhost:3000'),
    ).toBe('/api/media/file/a.webp')
  })

  it('should leave URLs on other hosts alone', () => {
    const blob = 'https://abc.public.blob.vercel-storage.com/a.webp'
    expect(sameOriginPath(blob, 'http://localhost:3000')).toBe(blob)
    expect(sameOriginPath('http://localhost:30001/a', 'http://localhost:3000')).toBe(
      'http://localhost:30001/a',
    )
  })

  it('should leave relative URLs alone', () => {
    expect(sameOriginPath('/api/media/file/a.webp', 'http://localhost:3000/')).toBe(
      '/api/media/file/a.webp',
    )
  })
})
