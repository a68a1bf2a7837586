/** What a call to the REST API came back with: the JSON body, or a sentence to show the user. */
export type ApiResult<T> =
  { ok: true; status: number; body: T } | { ok: false; status: number; message: string }

const fallbackMessage = (status: number): string => {
  if (status === 401 || status === 403)
    return 'You are not allowed to do this. Are you still logged in?'
  if (status === 404) return 'This could not be found any more. Reload the page.'
  if (status === 409 || status === 412)
    return 'Someone else changed this booking just now. Reload the page.'
  if (status === 413) return 'This file is too large.'
  return 'Something went wrong on our side. Please try again.'
}

/** Payload answers errors as `{ errors: [{ message }] }`; this turns that into one sentence. */
export const errorMessage = (status: number, json: unknown): string => {
  const errors = (json as { errors?: { message?: unknown }[] } | null)?.errors
  const messages = (errors ?? [])
    .map((e) => (typeof e.message === 'string' ? e.message : ''))
    .filter((m) => m !== '')
  return messages.length > 0 ? messages.join(' ') : fallbackMessage(status)
}

/** A same-origin JSON request with the auth cookie. Never throws: a network failure is a result too. */
export const apiRequest = async <T>({
  method,
  url,
  body,
  headers,
}: {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE'
  url: string
  body?: unknown
  headers?: Record<string, string>
}): Promise<ApiResult<T>> => {
  let res: Response
  try {
    res = await fetch(url, {
      method,
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    return {
      ok: false,
      status: 0,
      message: 'Could not reach 14voices. Check your connection and try again.',
    }
  }
  const json: unknown = await res.json().catch(() => null)
  if (!res.ok) return { ok: false, status: res.status, message: errorMessage(res.status, json) }
  return { ok: true, status: res.status, body: json as T }
}
