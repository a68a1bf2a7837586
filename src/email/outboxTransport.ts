import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Transport, SendMailOptions } from 'nodemailer'
import type MailMessage from 'nodemailer/lib/mailer/mail-message'

/**
 * Development mail transport: every message is written in full (.eml) to a local outbox folder,
 * so a newcomer can read it at /dev/outbox without an SMTP server.
 */
export const outboxTransport = (dir: string): Transport<{ messageId: string; path: string }> => ({
  name: '14voices-outbox',
  version: '1.0.0',
  send(mail: MailMessage<SendMailOptions>, callback) {
    const id = `${new Date().toISOString().replace(/[:.]/g, '-')}-${crypto.randomBytes(4).toString('hex')}`
    mail.message.build((err, message) => {
      if (err) return callback(err, undefined as never)
      const file = path.join(dir, `${id}.eml`)
      fs.mkdir(dir, { recursive: true })
        .then(() => fs.writeFile(file, message))
        .then(() => callback(null, { messageId: mail.message.messageId(), path: file }))
        .catch((e: Error) => callback(e, undefined as never))
    })
  },
})
