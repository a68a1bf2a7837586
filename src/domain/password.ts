/**
 * What a password must be, per OWASP ASVS 5.0 §6.2 (level 2): at least 10 characters (6.2.1 asks
 * for 8 and recommends 15; 10 is the choice), up to 64 and more allowed — we take up to 256
 * (6.2.9), every character allowed and none stripped (6.2.5, 6.2.7), no composition rules (6.2.5),
 * and not one of the passwords attackers try first (6.2.4): the common-password list (`isCommon`,
 * see commonPasswords.ts), the account's own email address or its name part, one character
 * repeated, or a keyboard/number run. Lengths count Unicode code points, not UTF-16 units. Pure.
 *
 * Input: the password, the account's email (when known), and the common-list check — passed in so
 * that this module (whose length limits the browser forms import) never pulls the list into a
 * client bundle. Returns the sentence to show when the password is refused (a `Sentence` of the
 * `errors` catalogue, `password.*`, written in the reader's language by whoever shows it), or null
 * when it is acceptable.
 */
import type { Sentence } from '@/errors/sentence'

export const MIN_PASSWORD_LENGTH = 10
export const MAX_PASSWORD_LENGTH = 256

const RUNS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm']

export const passwordProblem = ({
  password,
  email,
  isCommon,
}: {
  password: string
  email?: string | null
  isCommon: (password: string) => boolean
}): Sentence | null => {
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) {
    return { key: 'password.tooShort', values: { min: MIN_PASSWORD_LENGTH } }
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return { key: 'password.tooLong', values: { max: MAX_PASSWORD_LENGTH } }
  }
  const lower = password.toLowerCase()
  const address = (email ?? '').trim().toLowerCase()
  if (address && (lower === address || lower === address.split('@')[0])) {
    return { key: 'password.isEmail' }
  }
  if (new Set(lower).size === 1 || RUNS.some((run) => run.includes(lower)) || isCommon(password)) {
    return { key: 'password.guessable' }
  }
  return null
}
