const BASE = 'http://14voices.invalid'

/**
 * The path to return to after logging in, taken from `?next=`. Only a relative path on this site
 * is allowed (one leading `/`, no backslashes or control characters, which browsers would turn
 * into `//other.site`); anything else falls back to `fallback` (`/` unless given; `null` to tell
 * "no usable next" apart), so the login page can't be used as an open redirect.
 */
export function safeNextPath(value: unknown, fallback?: string): string
export function safeNextPath(value: unknown, fallback: null): string | null
export function safeNextPath(value: unknown, fallback: string | null = '/'): string | null {
  if (typeof value !== 'string' || value.length > 2000) return fallback
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) {
    return fallback
  }
  const url = new URL(value, BASE)
  if (url.origin !== BASE) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}

/**
 * The fragment to carry from the login page to where the person lands (`#messages` of an email's
 * link survives the redirect to login, since browsers keep a fragment across redirects — RFC 9110
 * §10.2.2 — but a script's navigation afterwards would drop it). Input: `location.hash`. Output:
 * the same `#id` when it is a plain element id (letters, digits, `-`, `_`, at most 64), else ''.
 */
export const safeFragment = (hash: string): string =>
  /^#[A-Za-z][\w-]{0,63}$/.test(hash) ? hash : ''
