/** What a call to the REST API came back with: the JSON body, or a sentence to show the user. */
export type ApiResult<T> =
  { ok: true; status: number; body: T } | { ok: false; status: number; message: string }

/** Why a request failed when the server sent no sentence of its own. */
export type ApiProblem = 'forbidden' | 'notFound' | 'conflict' | 'tooLarge' | 'server' | 'network'

/** Turns a problem into a sentence in the page's language (see `useApiRequest`). */
export type ProblemSentences = (problem: ApiProblem) => string

// English, for callers that don't pass the page's sentences yet; pages pass them from the
// `bookings.apiErrors` catalogue through `useApiRequest`.
const englishSentences: Record<ApiProblem, string> = {
  forbidden: 'You are not allowed to do this. Are you still logged in?',
  notFound: 'This could not be found any more. Reload the page.',
  conflict: 'Someone else changed this booking just now. Reload the page.',
  tooLarge: 'This file is too large.',
  server: 'Something went wrong on our side. Please try again.',
  network: 'Could not reach 14voices. Check your connection and try again.',
}

const english: ProblemSentences = (problem) => englishSentences[problem]

const problemOf = (status: number): ApiProblem => {
  if (status === 401 || status === 403) return 'forbidden'
  if (status === 404) return 'notFound'
  if (status === 409 || status === 412) return 'conflict'
  if (status === 413) return 'tooLarge'
  return 'server'
}

/**
 * Payload answers errors as `{ errors: [{ message }] }`; this turns that into one sentence (the
 * server's, which follows the request's Accept-Language), else a sentence for the status from
 * `sentences`.
 */
export const errorMessage = (
  status: number,
  json: unknown,
  sentences: ProblemSentences = english,
): string => {
  const errors = (json as { errors?: { message?: unknown }[] } | null)?.errors
  const messages = (errors ?? [])
    .map((e) => (typeof e.message === 'string' ? e.message : ''))
    .filter((m) => m !== '')
  return messages.length > 0 ? messages.join(' ') : sentences(problemOf(status))
}

/**
 * A same-origin JSON request with the auth cookie. Never throws: a network failure is a result too.
 * `locale` (the page's language) is sent as Accept-Language so the API's sentences come back in it;
 * `sentences` words the failures the server didn't explain.
 */
export const apiRequest = async <T>({
  method,
  url,
  body,
  headers,
  locale,
  sentences = english,
}: {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  url: string
  body?: unknown
  headers?: Record<string, string>
  locale?: string
  sentences?: ProblemSentences
}): Promise<ApiResult<T>> => {
  let res: Response
  try {
    res = await fetch(url, {
      method,
      credentials: 'include',
      headers: {
        'Content-Type': 'application/json',
        ...(locale ? { 'Accept-Language': locale } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    return { ok: false, status: 0, message: sentences('network') }
  }
  const json: unknown = await res.json().catch(() => null)
  if (!res.ok) {
    return { ok: false, status: res.status, message: errorMessage(res.status, json, sentences) }
  }
  return { ok: true, status: res.status, body: json as T }
}
