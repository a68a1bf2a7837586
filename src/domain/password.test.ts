import { describe, expect, it } from 'vitest'

import { passwordProblem } from './password'

const GUESSABLE = { key: 'password.guessable' }
const TOO_SHORT = { key: 'password.tooShort', values: { min: 10 } }
const IS_EMAIL = { key: 'password.isEmail' }

const onList = (list: string[]) => (password: string) => list.includes(password.toLowerCase())
const noList = () => false

describe('passwordProblem', () => {
  it.each([['Correct-Horse-9'], ['twee koffie graag'], ['Łódź-słowik'], ['12345679xy']])(
    'should accept %j',
    (password) => {
      expect(passwordProblem({ password, email: 'anna@example.com', isCommon: noList })).toBeNull()
    },
  )

  it.each([
    ['abc', TOO_SHORT],
    ['Correct-9', TOO_SHORT],
    ['🎙️🎙️🎙️🎙️', TOO_SHORT],
    ['x'.repeat(257), { key: 'password.tooLong', values: { max: 256 } }],
    ['anna@example.com', IS_EMAIL],
    ['aaaaaaaaaa', GUESSABLE],
    ['0123456789', GUESSABLE],
    ['QWERTYUIOP', GUESSABLE],
  ])('should refuse %j', (password, sentence) => {
    expect(passwordProblem({ password, email: 'anna@example.com', isCommon: noList })).toEqual(
      sentence,
    )
  })

  it('should accept exactly 10 code points', () => {
    expect(passwordProblem({ password: 'ééééé-abcd', isCommon: noList })).toBeNull()
  })

  it('should accept exactly 256 characters', () => {
    expect(passwordProblem({ password: 'ab'.repeat(128), isCommon: noList })).toBeNull()
  })

  it('should refuse a password on the common list, whatever its case', () => {
    expect(passwordProblem({ password: 'Password123', isCommon: onList(['password123']) })).toEqual(
      GUESSABLE,
    )
  })

  it('should refuse the name part of the email address', () => {
    expect(
      passwordProblem({
        password: 'anna.devries',
        email: 'anna.devries@example.com',
        isCommon: noList,
      }),
    ).toEqual(IS_EMAIL)
  })
})
