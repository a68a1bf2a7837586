import sharp from 'sharp'
import { describe, expect, it } from 'vitest'

import { call, firstMessage, newCustomer } from './client'

const photoForm = async (): Promise<FormData> => {
  const jpeg = await sharp({
    create: { width: 300, height: 200, channels: 3, background: '#6a5acd' },
  })
    .jpeg()
    .toBuffer()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' }), 'me.jpg')
  return form
}

describe('account settings on the production build', () => {
  it('should refuse a page named .png as an avatar with 415 and its sentence', async () => {
    const { token } = await newCustomer('avatar-html')
    const form = new FormData()
    form.append('file', new Blob(['<html><script>alert(1)</script></html>']), 'me.png')
    const res = await call('POST', '/api/avatars', { token, form })
    expect([res.status, firstMessage(res)]).toEqual([
      415,
      'Choose a photo in JPEG, PNG or WebP format; this file is not one of those images.',
    ])
  })

  it('should serve an uploaded avatar as a private WebP attachment', async () => {
    const { token } = await newCustomer('avatar-ok')
    const made = await call('POST', '/api/avatars', { token, form: await photoForm() })
    const filename = (made.body.doc as { filename: string }).filename
    const file = await call('GET', `/api/avatars/file/${filename}`, { token })
    expect([
      made.status,
      file.status,
      file.headers.get('content-type'),
      file.headers.get('cache-control'),
      file.headers.get('x-content-type-options'),
      file.headers.get('content-disposition'),
    ]).toEqual([
      201,
      200,
      'image/webp',
      'private, no-store',
      'nosniff',
      `attachment; filename="avatar.webp"; filename*=UTF-8''avatar.webp`,
    ])
  })

  it('should refuse another customer the avatar with 403', async () => {
    const owner = await newCustomer('avatar-owner')
    const stranger = await newCustomer('avatar-stranger')
    const made = await call('POST', '/api/avatars', { token: owner.token, form: await photoForm() })
    const filename = (made.body.doc as { filename: string }).filename
    const res = await call('GET', `/api/avatars/file/${filename}`, { token: stranger.token })
    expect(res.status).toBe(403)
  })

  it('should answer a wrong current password for an email change with 400 and its sentence', async () => {
    const { token } = await newCustomer('email-change')
    const res = await call('POST', '/api/users/email-change', {
      token,
      json: { newEmail: `moved-${Date.now()}@example.com`, currentPassword: 'not-the-password-1' },
    })
    expect([res.status, firstMessage(res)]).toEqual([
      400,
      'Your current password is not right; nothing was changed.',
    ])
  })

  it('should answer an unknown confirmation token with 400 and its sentence', async () => {
    const res = await call('POST', '/api/users/email-change/confirm', {
      json: { token: 'A'.repeat(43) },
    })
    expect([res.status, firstMessage(res)]).toEqual([
      400,
      'This confirmation link is not valid, or has been used already. Ask for a new one on your account settings page.',
    ])
  })
})
