// `npm start`: the production server. It does what `next start` does (port from -p or PORT, default
// 3000; host from -H, default every interface; --keepAliveTimeout; graceful SIGTERM/SIGINT) through
// Next.js's documented custom-server API, plus the one thing `next start` can't: route handlers never
// see the socket, and Next.js keeps a client-sent X-Forwarded-For, so this server computes the
// client's address from the socket and TRUSTED_PROXIES and hands it to the app in one header
// (src/http/clientAddressHeader.mjs). It also answers public media files itself, before Next.js
// (src/http/publicMediaFiles.mjs), and gives the cached pages Next.js serves without its proxy their
// headers (src/http/staticPages.mjs). Scripts read process.env directly; the app reads it in src/env.ts.
import http from 'node:http'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { Redis } from 'ioredis'

import { cacheKeyPrefix, cacheSettings, readBuildId } from '../src/cache/redisCache.mjs'
import { compileTrustedProxies, parseTrustedProxies } from '../src/domain/clientAddress.mjs'
import { withClientAddress } from '../src/http/clientAddressHeader.mjs'
import { createFrontCache, generationReader, redisGenerationKey } from '../src/http/frontCache.mjs'
import { publicMediaDirOf, publicMediaHandler } from '../src/http/publicMediaFiles.mjs'
import {
  catalogRedirectOf,
  STATIC_PAGE_HEADERS_KEY,
  staticPageHeaders,
  staticPageOf,
} from '../src/http/staticPages.mjs'

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')

const fail = (message) => {
  console.error(`14voices cannot start: ${message}`)
  process.exit(1)
}

const nonNegativeInteger = (name, value) => {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isInteger(n) || n < 0)
    fail(`${name} must be a non-negative integer, not ${JSON.stringify(value)}`)
  return n
}

let args
try {
  args = parseArgs({
    options: {
      port: { type: 'string', short: 'p' },
      hostname: { type: 'string', short: 'H' },
      keepAliveTimeout: { type: 'string' },
    },
  }).values
} catch (error) {
  fail(
    `${error.message}\nUsage: npm start -- [-p <port>] [-H <hostname>] [--keepAliveTimeout <ms>]`,
  )
}
const port = nonNegativeInteger('The port', args.port ?? process.env.PORT) ?? 3000
const hostname = args.hostname
const keepAliveTimeout = nonNegativeInteger('--keepAliveTimeout', args.keepAliveTimeout)

process.env.NODE_ENV ??= 'production'
if (process.env.NODE_ENV !== 'production')
  fail(`NODE_ENV is ${process.env.NODE_ENV}; npm start serves the production build only`)

// Imported only now: Next.js reads NODE_ENV while it loads.
const { default: next } = await import('next')

// An idle kept-alive connection is closed after KEEP_ALIVE_TIMEOUT_MS unless --keepAliveTimeout says
// otherwise. Node's default is 5 s: a client that reuses its socket just as the server closes it
// gets a reset instead of an answer ("socket hang up"). Browsers retry such a request; Node's
// http.Agent without a timeout, a load balancer or a reverse proxy do not. 65 s outlasts the usual
// idle timeouts of the proxy in front (nginx's keepalive_timeout 60 s, AWS ALB 60 s), which is the
// documented requirement for an upstream, so the proxy always closes first.
const KEEP_ALIVE_TIMEOUT_MS = 65_000
const server = http.createServer()
server.keepAliveTimeout = keepAliveTimeout ?? KEEP_ALIVE_TIMEOUT_MS
// A request's headers must be allowed to arrive later than the idle timeout (Node's guidance).
server.headersTimeout = Math.max(server.headersTimeout, server.keepAliveTimeout + 1_000)

// No hostname for Next.js itself (-H only chooses the interface to listen on): Next builds the URL
// its router compares a proxy rewrite with from that hostname, but the proxy's request URL from
// 'localhost'. With -H they differ, and Next then treats the catalog's rewrite to its cached route as
// one to another server: a second HTTP request through this server, doubling the cost.
const app = next({ dev: false, dir: root, port, httpServer: server })
// Loads next.config and the .env files, so TRUSTED_PROXIES may come from either place.
await app.prepare()

let trust
try {
  trust = compileTrustedProxies(parseTrustedProxies(process.env.TRUSTED_PROXIES))
} catch (error) {
  fail(`TRUSTED_PROXIES lists ${error.message}. See .env.example.`)
}
const handle = app.getRequestHandler()
// The cached pages Next.js serves without its proxy (the unfiltered catalog, profiles) get their
// security, cache and hreflang headers here; the app built them from its validated environment while
// it prepared (src/http/staticPageHeaders.ts, called from src/instrumentation.ts).
// Next.js runs register() while it prepares, but does not wait for it before prepare() resolves.
const published = await (async () => {
  for (let waited = 0; waited < 30_000; waited += 20) {
    if (globalThis[STATIC_PAGE_HEADERS_KEY]) return globalThis[STATIC_PAGE_HEADERS_KEY]
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  fail('the app did not publish the cached pages’ headers within 30 s (src/instrumentation.ts)')
})()
// Public media on local disk (/media/<name>) is answered before Next.js, like a static file server:
// no framework or database work per request (src/http/publicMediaFiles.mjs). With a cloud store the
// pages link the store's URL instead, and anything not served here goes to Next.js.
const servePublicMedia =
  process.env.BLOB_READ_WRITE_TOKEN || process.env.S3_BUCKET
    ? null
    : publicMediaHandler({ dir: publicMediaDirOf(process.env) })
// Repeat anonymous requests for public pages and catalog API reads are answered from memory, before
// Next.js (src/http/frontCache.mjs). With REDIS_URL an entry is checked against the generation every
// instance, the worker and the seed move on when they expire the catalog; the connection queues
// nothing while Redis is away (every request then goes to Next.js) and gives up on a slow answer.
const cacheConfig = cacheSettings()
const frontCache = createFrontCache({
  generation: generationReader(
    cacheConfig.redisUrl
      ? {
          redis: new Redis(cacheConfig.redisUrl, {
            enableOfflineQueue: false,
            maxRetriesPerRequest: 0,
            commandTimeout: 500,
          }).on('error', () => undefined),
          redisKey: redisGenerationKey(
            cacheKeyPrefix({
              base: cacheConfig.base,
              buildId: readBuildId(cacheConfig.projectRoot),
              databaseUrl: cacheConfig.databaseUrl,
            }),
          ),
        }
      : {},
  ),
})
const listener = withClientAddress(async (req, res) => {
  try {
    if (servePublicMedia && (await servePublicMedia(req, res))) return
    // A filter form sent without JavaScript: to the address without its empty filters. Here, not
    // only in the proxy, because Next runs the proxy only when a filter has a value.
    const cleaned = catalogRedirectOf(req.url ?? '/')
    if (cleaned !== null) {
      res.writeHead(303, { location: cleaned, 'cache-control': 'no-store' }).end()
      return
    }
    await frontCache.handle(req, res, async () => {
      const page = staticPageOf(req.url ?? '/')
      if (page) {
        const headers = staticPageHeaders({
          published,
          page,
          cookie: req.headers.cookie,
          authorization: req.headers.authorization,
        })
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
      }
      await handle(req, res)
    })
  } catch (error) {
    console.error(`Failed to handle request for ${req.url}`, error)
    if (!res.headersSent) res.statusCode = 500
    res.end()
  }
}, trust)
server.on('request', listener)

await new Promise((resolve, reject) => {
  server.once('error', reject)
  server.listen(port, hostname, resolve)
}).catch((error) => fail(error.message))
server.on('error', (error) => console.error(error))

const shown = hostname && hostname !== '0.0.0.0' && hostname !== '::' ? hostname : 'localhost'
const proxies = process.env.TRUSTED_PROXIES?.trim() || 'none'
console.log(
  `14voices ready on http://${shown.includes(':') ? `[${shown}]` : shown}:${port} (trusted proxies: ${proxies})`,
)

// As `next start`: stop accepting, let requests in flight finish, close Next.js, exit 128 + signal.
let stopping = false
const stop = (signal) => {
  if (stopping) return
  stopping = true
  // close() drops the connections idle now; one whose request is still running stays open after
  // its answer until the idle timeout (65 s). Drop those as soon as they are idle too.
  const closeIdle = setInterval(() => server.closeIdleConnections(), 200)
  server.close(async () => {
    clearInterval(closeIdle)
    await app.close().catch((error) => console.error(error))
    process.exit(signal === 'SIGINT' ? 130 : 143)
  })
}
if (!process.env.NEXT_MANUAL_SIG_HANDLE) {
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}
