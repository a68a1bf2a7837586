import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

export type RestResponse<T = Record<string, unknown>> = {
  status: number
  headers: Headers
  body: T
  raw: ArrayBuffer
}

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE'

export type RequestOptions = {
  token?: string
  /** Extra headers; `Accept-Language` defaults to `en` (pass another, or '' to send none). */
  headers?: Record<string, string>
  json?: unknown
  form?: FormData
}

const ORIGIN = 'http://localhost:3000'

type Handler = (
  req: Request,
  ctx: { params: Promise<{ slug: string[] }> },
) => Promise<Response> | Response

/**
 * A REST client that calls Payload's real Next.js route handlers with real `Request` objects, each
 * wrapped in `restRoute` as `src/app/(payload)/api/[...slug]/route.ts` wraps them (request guards,
 * account rate limits): auth, access control, custom endpoints and file routes all run, without a
 * server. `restRoute` is imported on the first request: it reads the environment, which
 * `bootPayload` sets first. Every request asks for English (`Accept-Language: en`) unless its
 * `headers` name another language, or `''` for none (then the answer is Dutch, the default).
 */
export const restClient = (config: Promise<SanitizedConfig> | SanitizedConfig) => {
  let handlers: Promise<Record<Method, Handler>> | null = null
  const wrapped = () =>
    (handlers ??= import('@/http/restRoute').then(({ restRoute }) => ({
      GET: restRoute(config, REST_GET(config)),
      POST: restRoute(config, REST_POST(config)),
      PATCH: restRoute(config, REST_PATCH(config)),
      DELETE: restRoute(config, REST_DELETE(config)),
    })))

  const request = async <T = Record<string, unknown>>(
    method: Method,
    path: string,
    options: RequestOptions = {},
  ): Promise<RestResponse<T>> => {
    const url = new URL(`/api${path}`, ORIGIN)
    const headers = new Headers(options.headers)
    if (!headers.has('accept-language')) headers.set('accept-language', 'en')
    else if (headers.get('accept-language') === '') headers.delete('accept-language')
    headers.set('origin', ORIGIN)
    if (options.token) headers.set('authorization', `JWT ${options.token}`)
    let body: BodyInit | undefined
    if (options.json !== undefined) {
      headers.set('content-type', 'application/json')
      body = JSON.stringify(options.json)
    } else if (options.form) {
      const encoded = new Response(options.form)
      headers.set('content-type', encoded.headers.get('content-type') as string)
      body = await encoded.arrayBuffer()
    }
    const slug = url.pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
    const req = new Request(url, { method, headers, body })
    const res = await (await wrapped())[method](req, { params: Promise.resolve({ slug }) })
    const raw = await res.arrayBuffer()
    const text = new TextDecoder().decode(raw)
    let parsed: unknown = text
    if ((res.headers.get('content-type') ?? '').includes('application/json')) {
      try {
        parsed = JSON.parse(text)
      } catch {
        parsed = text
      }
    }
    return { status: res.status, headers: res.headers, body: parsed as T, raw }
  }

  return {
    request,
    get: <T = Record<string, unknown>>(path: string, options?: RequestOptions) =>
      request<T>('GET', path, options),
    post: <T = Record<string, unknown>>(path: string, options?: RequestOptions) =>
      request<T>('POST', path, options),
    patch: <T = Record<string, unknown>>(path: string, options?: RequestOptions) =>
      request<T>('PATCH', path, options),
    delete: <T = Record<string, unknown>>(path: string, options?: RequestOptions) =>
      request<T>('DELETE', path, options),
    login: async (email: string, password: string): Promise<string> => {
      const res = await request<{ token?: string }>('POST', '/users/login', {
        json: { email, password },
      })
      if (res.status !== 200 || !res.body.token)
        throw new Error(`login failed for ${email}: ${res.status}`)
      return res.body.token
    },
  }
}

export type RestClient = ReturnType<typeof restClient>
