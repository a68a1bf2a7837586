import type { Endpoint, PayloadRequest } from 'payload'

import { relationId } from '@/collections/Bookings/actorFor'
import { fileLinkLanding, isBrowserNavigation } from '@/domain/fileLinkLanding'
import { attachmentDisposition } from '@/domain/fileNames'
import { isLocale } from '@/i18n/locales'
import { requestLocale } from '@/i18n/requestLocale'
import type { CollectionSlug } from '@/slugs'

export type StoredFile = {
  filename?: string | null
  mimeType?: string | null
  [key: string]: unknown
}

/** Builds a download's human name from its document, or `null` to keep a bare `attachment`. */
export type HumanName = (args: { doc: StoredFile; req: PayloadRequest }) => Promise<string | null>

const FILE_ROUTE = '/file/:filename'

/** Statuses of a refused file: no session (401/403 from the access check) or no such file (404). */
const REFUSED = new Set([401, 403, 404])

const statusOf = (error: unknown): number | null => {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' ? status : null
}

/**
 * The site language for a redirect: the link's own `?lang=` (an email's link carries the
 * recipient's), else the `NEXT_LOCALE` cookie the site set, else `requestLocale`.
 */
const siteLocale = (req: PayloadRequest) => {
  const lang = req.searchParams?.get('lang')
  if (isLocale(lang)) return lang
  const cookie = /(?:^|;\s*)NEXT_LOCALE=([^;]+)/.exec(req.headers.get('cookie') ?? '')?.[1]
  return isLocale(cookie) ? cookie : requestLocale(req)
}

/**
 * A browser navigation to a file it may not have (an email's, a bookmark's link opened logged out
 * or with another account) is sent to a page instead of raw JSON: 303 to the login page with `next`
 * = the file's booking, or to that booking page when logged in (`fileLinkLanding`). Returns null for
 * API clients, which keep the JSON refusal.
 */
const redirectNavigation = async ({
  req,
  collection,
}: {
  req: PayloadRequest
  collection: CollectionSlug
}): Promise<Response | null> => {
  if (req.method !== 'GET') return null
  const navigation = isBrowserNavigation({
    accept: req.headers.get('accept'),
    secFetchDest: req.headers.get('sec-fetch-dest'),
  })
  if (!navigation) return null
  // System lookup of one field, only to choose where to send the browser: the booking's id (a
  // sequential number shown on every page) is all the redirect reveals, never the file.
  const found = await req.payload
    .find({
      collection,
      where: { filename: { equals: req.routeParams?.filename as string } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
      select: { booking: true } as never,
    })
    .catch(() => null)
  const booking = relationId((found?.docs[0] as { booking?: unknown } | undefined)?.booking)
  const location = fileLinkLanding({
    bookingId: booking,
    loggedIn: Boolean(req.user),
    locale: siteLocale(req),
  })
  return new Response(null, {
    status: 303,
    headers: { Location: location, 'Cache-Control': 'private, no-store' },
  })
}

/**
 * `GET /api/<collection>/file/:filename` with a human file name: runs Payload's own file route
 * (access check, download handlers such as `auditDownload`, local or cloud storage, Range), then, on
 * success, sets `Content-Disposition: attachment; filename="…"; filename*=UTF-8''…` (RFC 6266/8187)
 * from `humanName`. Needed because Payload 3.90 calls `upload.modifyResponseHeaders` with the
 * headers only, never the document. `Content-Type` is the type stored at upload (text scripts with
 * their charset). A browser navigation that is refused (logged out, another account, no such file)
 * is redirected to the login page or the booking page instead of answering JSON (issue 13).
 * Registered as a collection endpoint, which Payload matches before its built-in routes.
 */
export const namedDownloadEndpoint = ({
  collection,
  humanName,
}: {
  collection: CollectionSlug
  humanName: HumanName
}): Endpoint => ({
  path: FILE_ROUTE,
  method: 'get',
  custom: { namedDownload: true },
  handler: async (req) => {
    const endpoints = req.payload.collections[collection].config.endpoints || []
    const builtIn = endpoints.find(
      (e) => e.path === FILE_ROUTE && e.method === 'get' && !e.custom?.namedDownload,
    )
    if (!builtIn) throw new Error(`No file route on ${collection}`)
    let response: Response
    try {
      response = await builtIn.handler(req)
    } catch (error) {
      const status = statusOf(error)
      if (status !== null && REFUSED.has(status)) {
        const redirect = await redirectNavigation({ req, collection })
        if (redirect) return redirect
      }
      throw error
    }
    if (REFUSED.has(response.status)) {
      return (await redirectNavigation({ req, collection })) ?? response
    }
    if (response.status !== 200 && response.status !== 206) return response

    // Access was checked by the file route above; this only reads the name's ingredients.
    const found = await req.payload.find({
      collection,
      where: { filename: { equals: req.routeParams?.filename as string } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      req,
    })
    const doc = found.docs[0] as unknown as StoredFile | undefined
    if (!doc) return response
    const name = await humanName({ doc, req })
    const headers = new Headers(response.headers)
    if (name) headers.set('Content-Disposition', attachmentDisposition(name))
    // The type judged at upload (with a text script's charset), not the storage's re-sniff of the
    // bytes, which calls an .m4a delivery "video/mp4".
    if (doc.mimeType) headers.set('Content-Type', doc.mimeType)
    return new Response(response.body, {
      status: response.status,
      statusText: response.statusText,
      headers,
    })
  },
})
