import { describe, expect, it } from 'vitest'

import { isCommonPassword } from './commonPasswords'

describe('isCommonPassword', () => {
  it.each([['password123'], ['1234567890'], ['Qwertyuiop'], ['iloveyou12']])(
    'should find %j on the list',
    (password) => {
      expect(isCommonPassword(password)).toBe(true)
    },
  )

  it.each([['Correct-Horse-9'], ['twee koffie graag'], ['customer-14voices']])(
    'should not find %j on the list',
    (password) => {
      expect(isCommonPassword(password)).toBe(false)
    },
  )
})
