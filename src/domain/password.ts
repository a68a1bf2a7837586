/**
 * What a password must be, per OWASP ASVS 5.0 §6.2 (level 2): at least 8 characters (6.2.1), up to
 * 64 and more allowed — we take up to 256 (6.2.9), every character allowed and none stripped (6.2.5,
 * 6.2.7), and not one of the passwords attackers try first (6.2.4 — here: the account's own email
 * address or its name part, one character repeated, or a keyboard/number run). Lengths count
 * Unicode code points, not UTF-16 units. Pure.
 *
 * Returns the sentence to show when the password is refused, or null when it is acceptable.
 */
export const MIN_PASSWORD_LENGTH = 8
export const MAX_PASSWORD_LENGTH = 256

const RUNS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm']

export const passwordProblem = ({
  password,
  email,
}: {
  password: string
  email?: string | null
}): string | null => {
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) {
    return `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters; a short sentence works well.`
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return `Choose a password of at most ${MAX_PASSWORD_LENGTH} characters.`
  }
  const lower = password.toLowerCase()
  const address = (email ?? '').toLowerCase()
  if (address && (lower === address || lower === address.split('@')[0])) {
    return 'Choose a password that is not your email address.'
  }
  if (new Set(lower).size === 1 || RUNS.some((run) => run.includes(lower))) {
    return 'This password is one of the first an attacker would try. Choose another one.'
  }
  return null
}
