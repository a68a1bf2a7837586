import { describe, expect, it } from 'vitest'

import { clientAddress, compileTrustedProxies, parseTrustedProxies } from './clientAddress.mjs'

const none = parseTrustedProxies(undefined)

describe('parseTrustedProxies', () => {
  it('should trust no proxy when the variable is missing or empty', () => {
    expect([parseTrustedProxies(undefined), parseTrustedProxies(' , ')]).toEqual([[], []])
  })

  it('should accept addresses, CIDR ranges and proxy-addr’s names, trimmed', () => {
    expect(
      parseTrustedProxies(' 127.0.0.1, 10.0.0.0/8 ,2001:db8::/32,loopback, linklocal,uniquelocal'),
    ).toEqual(['127.0.0.1', '10.0.0.0/8', '2001:db8::/32', 'loopback', 'linklocal', 'uniquelocal'])
  })

  it('should name every entry that is no address, range or name', () => {
    expect(() => parseTrustedProxies('10.0.0.0/33, 127.0.0.1, proxy.example, 1')).toThrow(
      '"10.0.0.0/33", "proxy.example", "1": each entry must be an IP address, a CIDR range (10.0.0.0/8, 2001:db8::/32) or one of loopback, linklocal, uniquelocal',
    )
  })
})

describe('clientAddress', () => {
  it('should take the socket’s peer and ignore X-Forwarded-For when no proxy is trusted', () => {
    expect(
      clientAddress({ socketAddress: '198.51.100.23', forwardedFor: '203.0.113.7', trust: none }),
    ).toBe('198.51.100.23')
  })

  it('should take the address a trusted proxy appended, not the forged ones before it', () => {
    expect(
      clientAddress({
        socketAddress: '127.0.0.1',
        forwardedFor: '203.0.113.7, 198.51.100.23',
        trust: parseTrustedProxies('127.0.0.1'),
      }),
    ).toBe('198.51.100.23')
  })

  it('should walk past every trusted proxy of a chain', () => {
    expect(
      clientAddress({
        socketAddress: '10.0.0.2',
        forwardedFor: ['203.0.113.7, 198.51.100.23', '10.0.0.1'],
        trust: compileTrustedProxies(parseTrustedProxies('10.0.0.0/8')),
      }),
    ).toBe('198.51.100.23')
  })

  it('should ignore X-Forwarded-For from a peer outside the trusted ranges', () => {
    expect(
      clientAddress({
        socketAddress: '192.0.2.1',
        forwardedFor: '203.0.113.7',
        trust: parseTrustedProxies('10.0.0.0/8'),
      }),
    ).toBe('192.0.2.1')
  })

  it('should take the last trusted proxy’s own address when it forwarded no header', () => {
    expect(
      clientAddress({
        socketAddress: '::1',
        forwardedFor: null,
        trust: parseTrustedProxies('loopback'),
      }),
    ).toBe('::1')
  })

  it('should write IPv4-mapped IPv6 peers as IPv4 and match them against IPv4 ranges', () => {
    expect(
      clientAddress({
        socketAddress: '::ffff:10.1.2.3',
        forwardedFor: '2001:db8::7',
        trust: parseTrustedProxies('10.0.0.0/8'),
      }),
    ).toBe('2001:db8::7')
  })

  it('should record nothing when a trusted proxy forwarded something that is no address', () => {
    expect(
      clientAddress({
        socketAddress: '127.0.0.1',
        forwardedFor: '<script>',
        trust: parseTrustedProxies('127.0.0.1'),
      }),
    ).toBeNull()
  })

  it('should record nothing without a socket address', () => {
    expect(
      clientAddress({ socketAddress: undefined, forwardedFor: '203.0.113.7', trust: none }),
    ).toBeNull()
  })
})
