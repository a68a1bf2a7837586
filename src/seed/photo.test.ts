import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { generatePhoto } from './photo'

describe('generatePhoto', () => {
  it('should produce a 960 × 1200 JPEG that file-type reads as image/jpeg', async () => {
    const jpeg = await generatePhoto({ name: 'Sanne de Vries', seed: 1 })
    expect(await fileTypeFromBuffer(jpeg)).toEqual({ ext: 'jpg', mime: 'image/jpeg' })
    const { width, height } = await sharp(jpeg).metadata()
    expect({ width, height }).toEqual({ width: 960, height: 1200 })
  })

  it('should render the size asked for', async () => {
    const jpeg = await generatePhoto({ name: 'Thomas Peeters', seed: 2, width: 240, height: 300 })
    const { width, height } = await sharp(jpeg).metadata()
    expect({ width, height }).toEqual({ width: 240, height: 300 })
  })

  it('should give the same image for the same name and seed, and another for another name', async () => {
    const a = await generatePhoto({ name: 'Emma Janssens', seed: 3 })
    const b = await generatePhoto({ name: 'Emma Janssens', seed: 3 })
    const c = await generatePhoto({ name: 'Daan Bakker', seed: 3 })
    expect(a.equals(b)).toBe(true)
    expect(a.equals(c)).toBe(false)
  })
})
