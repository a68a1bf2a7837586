import { describe, expect, it } from 'vitest'

import { registeredRole } from './accountRole'

describe('registeredRole', () => {
  it('should make the first account of a development database the admin', () => {
    expect(registeredRole({ isProduction: false, existingUsers: 0 })).toBe('admin')
  })

  it('should make a later account of a development database a customer', () => {
    expect(registeredRole({ isProduction: false, existingUsers: 1 })).toBe('customer')
  })

  it('should make the first account of a production database a customer', () => {
    expect(registeredRole({ isProduction: true, existingUsers: 0 })).toBe('customer')
  })
})
