import { describe, expect, it } from 'vitest'

import { passwordProblem } from './password'

describe('passwordProblem', () => {
  it.each([['Correct-Horse-9'], ['twee koffie graag'], ['Łódź-słowik'], ['12345679x']])(
    'should accept %j',
    (password) => {
      expect(passwordProblem({ password, email: 'anna@example.com' })).toBeNull()
    },
  )

  it.each([
    ['abc', 'Choose a password of at least 8 characters; a short sentence works well.'],
    ['🎙️🎙️🎙️', 'Choose a password of at least 8 characters; a short sentence works well.'],
    ['x'.repeat(257), 'Choose a password of at most 256 characters.'],
    ['anna@example.com', 'Choose a password that is not your email address.'],
    ['aaaaaaaaaa', 'This password is one of the first an attacker would try. Choose another one.'],
    ['12345678', 'This password is one of the first an attacker would try. Choose another one.'],
    ['QWERTYUIOP', 'This password is one of the first an attacker would try. Choose another one.'],
  ])('should refuse %j', (password, sentence) => {
    expect(passwordProblem({ password, email: 'anna@example.com' })).toBe(sentence)
  })

  it('should refuse the name part of the email address', () => {
    expect(passwordProblem({ password: 'anna.devries', email: 'anna.devries@example.com' })).toBe(
      'Choose a password that is not your email address.',
    )
  })
})
