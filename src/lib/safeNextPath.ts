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
