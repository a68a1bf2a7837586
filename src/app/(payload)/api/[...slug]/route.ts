import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { withPublicReadCache } from '@/http/publicReadCache'
import { headRoute, restRoute } from '@/http/restRoute'

// Payload's REST API: every request runs through collection access control. `restRoute` adds the
// request id and refuses malformed framing; HEAD is GET without the body. Anonymous reads of the
// artists and the catalog vocabulary come from the data cache (publicReadCache.ts).
const slugContext = (pathname: string) => ({
  params: Promise.resolve({
    slug: pathname
      .replace(/^\/api\//, '')
      .split('/')
      .filter(Boolean)
      .map(decodeURIComponent),
  }),
})
const get = restRoute(config, withPublicReadCache(REST_GET(config), slugContext))
export const GET = get
export const HEAD = headRoute(get)
export const POST = restRoute(config, REST_POST(config))
export const DELETE = restRoute(config, REST_DELETE(config))
export const PATCH = restRoute(config, REST_PATCH(config))
export const PUT = restRoute(config, REST_PUT(config))
export const OPTIONS = restRoute(config, REST_OPTIONS(config))
