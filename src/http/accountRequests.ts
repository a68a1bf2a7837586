import { after } from 'next/server'

import type { AuthAction } from '@/domain/authLimits'
import {
  accountKey,
  FORGOT_PASSWORD_SENTENCE,
  tooManyAttemptsSentence,
  UNKNOWN_ADDRESS,
} from '@/domain/authLimits'
import { env } from '@/env'
import { sentenceFor } from '@/errors/sentenceFor'
import { USER_ERROR_NAME } from '@/errors/UserError'

import { authLimiter } from './authLimiter'
import { requestClientAddress } from './clientIp'

/**
 * The request with its body read into memory, and the `email` it names, read as Payload reads it:
 * a JSON body, or a multipart form whose `_payload` field is JSON (the admin panel's way) or that
 * has an `email` field. `email` is null when there is none or the body is malformed (Payload then
 * answers 400 itself, the same for every account). Buffered because the forgot-password work runs
 * after the response, when the server may already have dropped an unread request body.
 */
const buffered = async (req: Request): Promise<{ request: Request; email: unknown }> => {
  const request = new Request(req.url, {
    method: req.method,
    headers: req.headers,
    body: await req.arrayBuffer(),
  })
  const type = req.headers.get('content-type') ?? ''
  try {
    if (/^application\/json/i.test(type)) {
      const data = (await request.clone().json()) as { email?: unknown } | null
      return { request, email: data?.email ?? null }
    }
    if (/^multipart\/form-data/i.test(type)) {
      const form = await request.clone().formData()
      const data = form.get('_payload')
      const email =
        typeof data === 'string'
          ? (JSON.parse(data) as { email?: unknown } | null)?.email
          : form.get('email')
      return { request, email: email ?? null }
    }
  } catch {
    // Malformed: Payload refuses it with 400.
  }
  return { request, email: null }
}

/** The 429 answer, its sentence in the request's language (no user yet: `Accept-Language`). */
const tooMany = (req: Request, action: AuthAction, retryAfter: number): Response => {
  const sentence = tooManyAttemptsSentence({ action, retryAfter })
  return Response.json(
    {
      errors: [
        {
          name: USER_ERROR_NAME,
          message: sentenceFor(req, sentence),
          data: { key: sentence.key, retryAfterSeconds: retryAfter },
        },
      ],
    },
    { status: 429, headers: { 'Retry-After': String(retryAfter) } },
  )
}

/**
 * Runs `work` after the response has gone (Next's `after()`), so its duration can't be measured
 * by the client. Outside a Next.js request (the integration tests call the route handlers
 * directly) `after()` throws, and the work runs before answering instead.
 */
const afterResponse = async (work: () => Promise<void>): Promise<void> => {
  try {
    after(work)
  } catch {
    await work()
  }
}

/**
 * Serves one of the account endpoints (`action`, see `authActionFor`) through the rate limits of
 * src/domain/authLimits.ts — 429 with `Retry-After` (seconds) and a sentence when the client's
 * address or the named account has used its attempts — and hides whether an account exists:
 * - forgot-password answers 200 with one sentence at once for any email, and asks Payload to send
 *   the link after the response (so known and unknown emails take the same time);
 * - a successful login clears the account's failure count; an admin's successful unlock clears it
 *   too.
 * Requests without a trustworthy client address (`requestClientAddress` gives null: no trusted
 * proxy configured) all share one per-address count, `UNKNOWN_ADDRESS`: behind an unconfigured
 * proxy, every client together gets one address's allowance — configure the proxy.
 * Input: the request and Payload's handler for it. Output: the response. Throws what the handler
 * throws.
 */
export const serveAccountRequest = async ({
  action,
  req,
  handler,
}: {
  action: AuthAction
  req: Request
  handler: (req: Request) => Promise<Response>
}): Promise<Response> => {
  const limiter = await authLimiter(env)
  const needsAccount = action === 'login' || action === 'forgotPassword' || action === 'unlock'
  const { request, email } = needsAccount ? await buffered(req) : { request: req, email: null }
  const account = accountKey(email)
  const refused = await limiter?.consume({
    action,
    address: requestClientAddress(req.headers) ?? UNKNOWN_ADDRESS,
    account,
  })
  if (refused) return tooMany(req, action, refused.retryAfter)

  if (action === 'forgotPassword' && account !== null) {
    await afterResponse(async () => {
      try {
        const res = await handler(request)
        await res.body?.cancel()
        // Payload answers 200 whether or not the account exists; anything else is ours to see.
        if (res.status !== 200)
          console.error(`forgot-password answered ${res.status} after the response`)
      } catch (error) {
        console.error('forgot-password failed after the response', error)
      }
    })
    return Response.json({ message: sentenceFor(req, FORGOT_PASSWORD_SENTENCE) }, { status: 200 })
  }

  const res = await handler(request)
  if (limiter && account !== null && res.status === 200) {
    if (action === 'login') await limiter.clear({ action: 'login', account })
    if (action === 'unlock') await limiter.clear({ action: 'login', account })
  }
  return res
}
