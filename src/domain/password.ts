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
 * client bundle. Returns the sentence to show when the password is refused, or null when it is
 * acceptable.
 */
export const MIN_PASSWORD_LENGTH = 10
export const MAX_PASSWORD_LENGTH = 256

const RUNS = ['0123456789', 'abcdefghijklmnopqrstuvwxyz', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm']

const GUESSABLE =
  'This password is one of the first an attacker would try. Choose another one — a short sentence of your own works well.'

export const passwordProblem = ({
  password,
  email,
  isCommon,
}: {
  password: string
  email?: string | null
  isCommon: (password: string) => boolean
}): string | null => {
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) {
    return `Choose a password of at least ${MIN_PASSWORD_LENGTH} characters; a short sentence works well.`
  }
  if (length > MAX_PASSWORD_LENGTH) {
    return `Choose a password of at most ${MAX_PASSWORD_LENGTH} characters.`
  }
  const lower = password.toLowerCase()
  const address = (email ?? '').trim().toLowerCase()
  if (address && (lower === address || lower === address.split('@')[0])) {
    return 'Choose a password that is not your email address.'
  }
  if (new Set(lower).size === 1 || RUNS.some((run) => run.includes(lower)) || isCommon(password)) {
    return GUESSABLE
  }
  return null
}
