import type { NextRequest } from 'next/server'
import { NextResponse } from 'next/server'

import { env } from '@/env'
import { newNonce, securityHeaders } from '@/http/securityHeaders'

/**
 * Security headers for every page, the admin panel included (issue 11 item 8). Each request gets a
 * fresh CSP nonce; the CSP is also set on the request, where Next.js reads the nonce back and puts
 * it on its own scripts. `/api` is not matched: a proxy makes Next.js buffer request bodies (and cut
 * them at 10 MB), which would break deliverable uploads — `restRoute` sets the API's headers.
 */
export function proxy(request: NextRequest) {
  const headers = securityHeaders({
    nonce: newNonce(),
    serverURL: env.SERVER_URL,
    development: env.NODE_ENV === 'development',
  })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('content-security-policy', headers['content-security-policy']!)
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value)
  return response
}

export const config = {
  // Static build assets are immutable files, not documents; everything else is a page or a
  // metadata file (icon) and gets the headers.
  matcher: ['/((?!api/|_next/static/).*)'],
}
