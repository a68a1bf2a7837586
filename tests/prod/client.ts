/**
 * A tiny REST client for the production-build tests: real HTTP against the production server
 * (`npm start`, started by scripts/e2e.mjs, which passes its URL as PROD_BASE_URL). Nothing here
 * runs in-process, so what these tests see is what a user of the minified production bundle sees.
 */
export const baseURL = (): string => {
  const url = process.env.PROD_BASE_URL
  if (!url) throw new Error('PROD_BASE_URL is not set: run these through `npm run test:e2e`.')
  return url
}

export type ProdResponse = {
  status: number
  headers: Headers
  body: {
    errors?: { message?: string; name?: string; data?: Record<string, unknown> }[]
    [key: string]: unknown
  }
  bytes: number
}

export const call = async (
  method: string,
  path: string,
  options: {
    token?: string
    json?: unknown
    form?: FormData
    headers?: Record<string, string>
    body?: BodyInit
  } = {},
): Promise<ProdResponse> => {
  const headers = new Headers(options.headers)
  // English unless the test asks for another language ('' sends no Accept-Language at all).
  if (!headers.has('accept-language')) headers.set('accept-language', 'en')
  else if (headers.get('accept-language') === '') headers.delete('accept-language')
  if (!headers.has('origin')) headers.set('origin', baseURL())
  if (options.token) headers.set('authorization', `JWT ${options.token}`)
  let body: BodyInit | undefined = options.body
  if (options.json !== undefined) {
    headers.set('content-type', 'application/json')
    body = JSON.stringify(options.json)
  } else if (options.form) body = options.form
  const res = await fetch(new URL(path, baseURL()), { method, headers, body, redirect: 'manual' })
  const raw = new Uint8Array(await res.arrayBuffer())
  let parsed: ProdResponse['body'] = {}
  if (raw.byteLength > 0 && (res.headers.get('content-type') ?? '').includes('json')) {
    parsed = JSON.parse(new TextDecoder().decode(raw)) as ProdResponse['body']
  }
  return { status: res.status, headers: res.headers, body: parsed, bytes: raw.byteLength }
}

export const logIn = async (email: string, password: string): Promise<string> => {
  const res = await call('POST', '/api/users/login', { json: { email, password } })
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`)
  return res.body.token as string
}

/** The README's demo accounts, seeded by the e2e server. */
export const demo = {
  admin: () => logIn('admin@14voices.local', 'admin-14voices'),
  customer: () => logIn('customer@14voices.local', 'customer-14voices'),
}

/**
 * A new customer of its own, so a test never sees another test's bookings. Registered with complete
 * billing details (a Dutch business), as a booking needs them (issue 13).
 */
export const newCustomer = async (label: string): Promise<{ token: string; id: number }> => {
  const email = `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`
  const password = 'Prod-test-password-1'
  // English: answers to a logged-in user follow the account's language (default Dutch).
  const created = await call('POST', '/api/users', {
    json: {
      email,
      password,
      name: label,
      locale: 'en',
      billing: {
        customerType: 'business',
        company: 'Prod Test B.V.',
        address: 'Damrak 1\n1012 LG Amsterdam',
        country: 'NL',
      },
    },
  })
  if (created.status !== 201) throw new Error(`register: ${created.status}`)
  return { token: await logIn(email, password), id: (created.body.doc as { id: number }).id }
}

export const firstMessage = (res: ProdResponse): string | undefined => res.body.errors?.[0]?.message
