import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'

import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { outboxTransport } from '@/email/outboxTransport'

import { listOutbox, readOutboxMessage } from './outbox'

let dir: string

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'outbox-test-'))
  const transport = nodemailer.createTransport(outboxTransport(dir)) as unknown as Transporter
  await transport.sendMail({
    from: '14voices <bookings@14voices.local>',
    to: 'anna@example.test',
    subject: 'First',
    text: 'Hello Anna,\nyour booking is confirmed.',
    html: '<p>Hello Anna, <a href="http://localhost:3000/account/bookings/1">view</a></p>',
  })
  await new Promise((r) => setTimeout(r, 5))
  await transport.sendMail({
    from: '14voices <bookings@14voices.local>',
    to: 'sanne@example.test',
    subject: 'Nieuw script klaar',
    text: 'Hoi Sanne',
  })
})

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

describe('the local outbox', () => {
  it('should list every message newest first with its recipient and subject', async () => {
    const list = await listOutbox(dir)
    expect(list.map((m) => [m.subject, m.to])).toEqual([
      ['Nieuw script klaar', 'sanne@example.test'],
      ['First', 'anna@example.test'],
    ])
  })

  it('should read a message in full, HTML and text', async () => {
    const [, first] = await listOutbox(dir)
    const message = await readOutboxMessage(dir, first.id)
    expect([
      message?.html?.includes('/account/bookings/1'),
      message?.text.includes('your booking is confirmed'),
    ]).toEqual([true, true])
  })

  it('should refuse ids that try to leave the folder', async () => {
    expect(await readOutboxMessage(dir, '../../etc/passwd')).toBeNull()
  })

  it('should show an empty outbox when nothing was sent yet', async () => {
    expect(await listOutbox(path.join(dir, 'missing'))).toEqual([])
  })
})
