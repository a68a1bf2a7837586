import path from 'node:path'

import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import nodemailer from 'nodemailer'
import type { Transporter } from 'nodemailer'

import type { Env } from '@/env'

import { outboxTransport } from './outboxTransport'

const parseFrom = (from: string) => {
  const m = /^(.*)<([^>]+)>\s*$/.exec(from)
  return m
    ? { name: m[1].trim(), address: m[2].trim() }
    : { name: '14voices', address: from.trim() }
}

export const outboxDir = (env: Env) => path.join(env.dataDir, 'outbox')

/** SMTP when SMTP_URL is set; otherwise the local outbox. Never a bare adapter (that would reach the internet). */
export const emailAdapter = (env: Env) => {
  const from = parseFrom(env.EMAIL_FROM)
  const transport: Transporter = env.SMTP_URL
    ? nodemailer.createTransport(env.SMTP_URL)
    : (nodemailer.createTransport(outboxTransport(outboxDir(env))) as unknown as Transporter)
  return nodemailerAdapter({
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    skipVerify: true,
    transport,
  })
}
