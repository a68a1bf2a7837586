import { dictionary } from '@zxcvbn-ts/language-common'

let common: Set<string> | null = null

/**
 * True when `password` (compared in lower case) is on zxcvbn-ts's list of common passwords — about
 * 49,000 passwords seen most often in public breaches (`@zxcvbn-ts/language-common`,
 * `passwords-common`), which is what OWASP ASVS 5.0 §6.2.4 asks a level-2 application to refuse.
 * The list is loaded into a Set on first use and kept. Server-only: the list is ~500 KB, so client
 * components import `password.ts` (which does not import this module), never this file.
 */
export const isCommonPassword = (password: string): boolean => {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()))
  return common.has(password.toLowerCase())
}
