import net from 'node:net'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startServer } from '../../scripts/lib/server.mjs'

import { call, demo, newCustomer } from './client'

// What a client (or anyone in front of it) claims: an address in X-Forwarded-For, and a copy of the
// header through which the production server hands the app the address it computed itself.
const FORGED = { 'x-forwarded-for': '203.0.113.66', 'x-14voices-client-ip': '192.0.2.99' }

/** Books the first voiceover of the catalog as `token`, sending FORGED; returns the booking's id. */
const bookClaimingAnAddress = async (token: string, base?: string): Promise<number> => {
  const voiceovers = await call('GET', '/api/voiceovers?limit=1&depth=0&sort=name', { base })
  const created = await call('POST', '/api/bookings', {
    token,
    base,
    headers: FORGED,
    json: {
      voiceover: (voiceovers.body.docs as { id: number }[])[0]!.id,
      projectTitle: 'Whose address?',
      projectType: 'commercial',
      usage: { media: 'online', region: 'national', term: '12_months' },
      wordCount: 12,
    },
  })
  expect(created.status).toBe(201)
  return (created.body.doc as { id: number }).id
}

/** The booking's audit events as `token` reads them: [action, ip] (ip undefined when not shown). */
const recorded = async (token: string, booking: number, base?: string) =>
  (
    await call('GET', `/api/audit-events?where[booking][equals]=${booking}&depth=0&limit=50`, {
      token,
      base,
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

describe('the client address behind a trusted proxy (TRUSTED_PROXIES=127.0.0.1)', () => {
  let server: Awaited<ReturnType<typeof startServer>> | undefined

  beforeAll(async () => {
    // The build under test is already there; a rebuild (E2E_BUILD=1) would pull it from under the
    // server the other tests use.
    vi.stubEnv('E2E_BUILD', '')
    server = await startServer({
      port: await freePort(),
      env: { TRUSTED_PROXIES: '127.0.0.1', JOBS_AUTORUN: 'false' },
    })
    vi.unstubAllEnvs()
  }, 240_000)

  afterAll(() => {
    server?.stop()
  })

  it('should record the address the trusted proxy forwarded in X-Forwarded-For', async () => {
    const base = server!.url
    const booking = await bookClaimingAnAddress(await demo.customer(base), base)
    const events = await recorded(await demo.admin(base), booking, base)
    expect(events.map((e) => [e.action, e.ip])).toEqual([['booking.created', '203.0.113.66']])
  })
})
