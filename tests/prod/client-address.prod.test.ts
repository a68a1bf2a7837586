import { spawn } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { describe, expect, it } from 'vitest'

import { call, demo, newCustomer } from './client'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

// The production server started by scripts/e2e.mjs trusts no proxy (TRUSTED_PROXIES unset). What it
// does behind a trusted proxy is tested on the same listener with real sockets in
// src/http/clientAddressHeader.test.ts; a second seeded server here would cost a minute or more.

// What a client (or anyone in front of it) claims: an address in X-Forwarded-For, and a copy of the
// header through which the production server hands the app the address it computed itself.
const FORGED = { 'x-forwarded-for': '203.0.113.66', 'x-14voices-client-ip': '192.0.2.99' }

/** Books the first voiceover of the catalog as `token`, sending FORGED; returns the booking's id. */
const bookClaimingAnAddress = async (token: string): Promise<number> => {
  const voiceovers = await call('GET', '/api/voiceovers?limit=1&depth=0&sort=name')
  const created = await call('POST', '/api/bookings', {
    token,
    headers: FORGED,
    json: {
      voiceover: (voiceovers.body.docs as { id: number }[])[0]!.id,
      projectTitle: 'Whose address?',
      projectType: 'commercial',
      termsAccepted: true,
      usage: { media: 'online', region: 'national', term: '12_months' },
      wordCount: 12,
    },
  })
  expect(created.status).toBe(201)
  return (created.body.doc as { id: number }).id
}

/** The booking's audit events as `token` reads them: [action, ip] (ip undefined when not shown). */
const recorded = async (token: string, booking: number) =>
  (
    await call('GET', `/api/audit-events?where[booking][equals]=${booking}&depth=0&limit=50`, {
      token,
    })
  ).body.docs as { action: string; ip?: string | null }[]

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo
      probe.close(() => resolve(port))
    })
  })

describe('the client address without trusted proxies (the default)', () => {
  it('should record the connection’s own address, not what the client claims', async () => {
    const customer = await newCustomer('client-address')
    const booking = await bookClaimingAnAddress(customer.token)
    const events = await recorded(await demo.admin(), booking)
    // This test connects over loopback to the server, which listens on 127.0.0.1.
    expect(events.map((e) => [e.action, e.ip])).toEqual([['booking.created', '127.0.0.1']])
  })

  it('should not show the customer the address recorded on their booking’s events', async () => {
    const customer = await newCustomer('client-address-own')
    const booking = await bookClaimingAnAddress(customer.token)
    const events = await recorded(customer.token, booking)
    expect(events.map((e) => [e.action, 'ip' in e])).toEqual([['booking.created', false]])
  })
})

describe('npm start with TRUSTED_PROXIES', () => {
  it('should refuse to start, naming the entries, when one is no address or range', async () => {
    const child = spawn(
      process.execPath,
      ['scripts/start.mjs', '-p', String(await freePort()), '-H', '127.0.0.1'],
      {
        cwd: root,
        env: {
          ...process.env,
          NODE_ENV: 'production',
          // Everything else valid, so the one problem reported is the proxy list.
          PAYLOAD_SECRET: 'client-address-test-secret-0123456789',
          ALLOW_EMAIL_OUTBOX: 'true',
          TRUSTED_PROXIES: '10.0.0.0/33, loopback, proxy',
        },
        stdio: ['ignore', 'ignore', 'pipe'],
      },
    )
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    const code = await new Promise((resolve) => child.on('exit', resolve))
    expect({ code, message: stderr.trim() }).toEqual({
      code: 1,
      message: [
        '14voices cannot start: the environment is not valid.',
        '  - TRUSTED_PROXIES lists "10.0.0.0/33", "proxy": each entry must be an IP address, a CIDR range (10.0.0.0/8, 2001:db8::/32) or one of loopback, linklocal, uniquelocal',
        'See .env.example for every variable.',
      ].join('\n'),
    })
  })
})
