import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterEach, describe, expect, it } from 'vitest'

import { compileTrustedProxies, parseTrustedProxies } from '../domain/clientAddress.mjs'
import {
  addressFromServer,
  CLIENT_ADDRESS_HEADER,
  withClientAddress,
} from './clientAddressHeader.mjs'

const servers: http.Server[] = []

/** A loopback server whose app answers with the address header it received (or `-`). */
const serve = async (trustedProxies: string): Promise<string> => {
  const server = http.createServer(
    withClientAddress(
      (req, res) => {
        res.end(req.headers[CLIENT_ADDRESS_HEADER] ?? '-')
      },
      compileTrustedProxies(parseTrustedProxies(trustedProxies)),
    ),
  )
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
}

const forged = {
  'x-forwarded-for': '203.0.113.7, 198.51.100.23',
  [CLIENT_ADDRESS_HEADER]: '192.0.2.99',
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => s.close(r))))
})

describe('withClientAddress', () => {
  it('should hand the app the socket’s address, not what the client sent, when no proxy is trusted', async () => {
    const url = await serve('')
    expect(await (await fetch(url, { headers: forged })).text()).toBe('127.0.0.1')
  })

  it('should hand the app the address a trusted proxy forwarded', async () => {
    const url = await serve('127.0.0.1')
    expect(await (await fetch(url, { headers: forged })).text()).toBe('198.51.100.23')
  })

  it('should drop a client-sent address header even when it computes no address', async () => {
    const url = await serve('loopback')
    const res = await fetch(url, {
      headers: { 'x-forwarded-for': 'not-an-address', [CLIENT_ADDRESS_HEADER]: '192.0.2.99' },
    })
    expect(await res.text()).toBe('-')
  })
})

describe('addressFromServer (in a process that runs withClientAddress)', () => {
  it('should read the address the server set and refuse anything that is no address', () => {
    withClientAddress(() => undefined, compileTrustedProxies([]))
    expect([
      addressFromServer(new Headers({ [CLIENT_ADDRESS_HEADER]: '2001:db8::7' })),
      addressFromServer(new Headers({ [CLIENT_ADDRESS_HEADER]: '<script>' })),
      addressFromServer(new Headers()),
    ]).toEqual(['2001:db8::7', null, null])
  })
})
