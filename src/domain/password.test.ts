import { describe, expect, it } from 'vitest'

import { passwordProblem } from './password'

const GUESSABLE =
  'This password is one of the first an attacker would try. Choose another one — a short sentence of your own works well.'

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
    ['abc', 'Choose a password of at least 10 characters; a short sentence works well.'],
    ['Correct-9', 'Choose a password of at least 10 characters; a short sentence works well.'],
    ['🎙️🎙️🎙️🎙️', 'Choose a password of at least 10 characters; a short sentence works well.'],
    ['x'.repeat(257), 'Choose a password of at most 256 characters.'],
    ['anna@example.com', 'Choose a password that is not your email address.'],
    ['aaaaaaaaaa', GUESSABLE],
    ['0123456789', GUESSABLE],
    ['QWERTYUIOP', GUESSABLE],
  ])('should refuse %j', (password, sentence) => {
    expect(passwordProblem({ password, email: 'anna@example.com', isCommon: noList })).toBe(
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
    expect(passwordProblem({ password: 'Password123', isCommon: onList(['password123']) })).toBe(
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
    ).toBe('Choose a password that is not your email address.')
  })
})
