import fs from 'node:fs/promises'
import path from 'node:path'

import { simpleParser } from 'mailparser'
import type { AddressObject } from 'mailparser'

export type OutboxSummary = {
  id: string
  date: string
  from: string
  to: string
  subject: string
  preview: string
}

export type OutboxMessage = OutboxSummary & { text: string; html: string | null }

const ID = /^[A-Za-z0-9-]+$/

const addressText = (value: AddressObject | AddressObject[] | undefined): string =>
  (Array.isArray(value) ? value : value ? [value] : []).map((a) => a.text).join(', ')

const parse = async (dir: string, id: string): Promise<OutboxMessage | null> => {
  if (!ID.test(id)) return null
  try {
    const raw = await fs.readFile(path.join(dir, `${id}.eml`))
    const mail = await simpleParser(raw)
    const text = mail.text ?? ''
    return {
      id,
      date: (mail.date ?? new Date(0)).toISOString(),
      from: addressText(mail.from),
      to: addressText(mail.to),
      subject: mail.subject ?? '',
      preview: text.replace(/\s+/g, ' ').trim().slice(0, 140),
      text,
      html: typeof mail.html === 'string' ? mail.html : null,
    }
  } catch {
    return null
  }
}

/**
 * The local outbox (every email the app sent while no SMTP server is configured), newest first.
 * Filenames start with the send time, so sorting them sorts the mail.
 */
export const listOutbox = async (dir: string, limit = 200): Promise<OutboxSummary[]> => {
  const names = await fs.readdir(dir).catch(() => [] as string[])
  const ids = names
    .filter((n) => n.endsWith('.eml'))
    .map((n) => n.slice(0, -4))
    .filter((id) => ID.test(id))
    .sort()
    .reverse()
    .slice(0, limit)
  const messages: OutboxSummary[] = []
  // Parse in batches: a long outbox shouldn't open hundreds of files at once.
  for (let i = 0; i < ids.length; i += 20) {
    const batch = await Promise.all(ids.slice(i, i + 20).map((id) => parse(dir, id)))
    for (const m of batch) {
      if (m) {
        const { text: _text, html: _html, ...summary } = m
        messages.push(summary)
      }
    }
  }
  return messages
}

/** One message in full, or `null` for an unknown (or malformed) id. */
export const readOutboxMessage = (dir: string, id: string): Promise<OutboxMessage | null> =>
  parse(dir, id)
