import type { AddressObject, ParsedMail } from 'mailparser'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type ReceivedMail = { to: string[]; subject: string; text: string; html: string }

const addresses = (value: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) =>
    a.value.map((v) => v.address ?? ''),
  )

/**
 * A real SMTP server on loopback that keeps every message it accepts (parsed with mailparser). It can
 * be stopped and started again on the same port, to play a mail server that is down for a while.
 */
export const startSmtp = async () => {
  const received: ReceivedMail[] = []
  let server: SMTPServer | null = null
  let port = 0

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS', 'AUTH'],
        logger: false,
        onData(stream, _session, callback) {
          simpleParser(stream)
            .then((mail: ParsedMail) => {
              received.push({
                to: addresses(mail.to),
                subject: mail.subject ?? '',
                text: mail.text ?? '',
                html: typeof mail.html === 'string' ? mail.html : '',
              })
              callback()
            })
            .catch(callback)
        },
      })
      server.on('error', reject)
      server.listen(port, '127.0.0.1', () => {
        const address = (
          server as unknown as { server: { address: () => { port: number } } }
        ).server.address()
        port = address.port
        resolve()
      })
    })

  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve()
      server.close(() => resolve())
      server = null
    })

  await listen()
  return {
    received,
    url: () => `smtp://127.0.0.1:${port}`,
    stop,
    start: listen,
    /** Messages sent to one address. */
    to: (address: string) => received.filter((m) => m.to.includes(address)),
  }
}

export type SmtpStub = Awaited<ReturnType<typeof startSmtp>>
