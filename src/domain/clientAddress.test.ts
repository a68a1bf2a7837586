import { describe, expect, it } from 'vitest'

import { clientAddress } from './clientAddress'

describe('clientAddress', () => {
  it('should record nothing without a trusted proxy, whatever the client claims', () => {
    expect(clientAddress({ forwardedFor: '203.0.113.7', trustedHops: 0 })).toBeNull()
  })

  it('should take the address the one trusted proxy appended, not the forged ones before it', () => {
    expect(
      clientAddress({ forwardedFor: '1.2.3.4, 10.0.0.1, 198.51.100.23', trustedHops: 1 }),
    ).toBe('198.51.100.23')
  })

  it('should count back one entry per trusted proxy', () => {
    expect(
      clientAddress({ forwardedFor: '1.2.3.4, 198.51.100.23, 10.0.0.2', trustedHops: 2 }),
    ).toBe('198.51.100.23')
  })

  it('should accept IPv6 and refuse what is no address', () => {
    expect([
      clientAddress({ forwardedFor: '2001:db8::1', trustedHops: 1 }),
      clientAddress({ forwardedFor: '<script>', trustedHops: 1 }),
      clientAddress({ forwardedFor: '198.51.100.23', trustedHops: 2 }),
      clientAddress({ forwardedFor: null, trustedHops: 1 }),
    ]).toEqual(['2001:db8::1', null, null, null])
  })
})
