import { describe, expect, it } from 'vitest'

import { CLIENT_ADDRESS_HEADER } from './clientAddressHeader.mjs'
import { requestClientAddress } from './clientIp'

// This file never starts scripts/start.mjs's listener: the process is `next dev` or plain `next start`.
describe('requestClientAddress without the production server in front', () => {
  it('should trust neither the address header nor X-Forwarded-For, since a client can send both', () => {
    expect(
      requestClientAddress(
        new Headers({ [CLIENT_ADDRESS_HEADER]: '192.0.2.99', 'x-forwarded-for': '203.0.113.7' }),
      ),
    ).toBeNull()
  })
})
