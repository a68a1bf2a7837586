import { AsyncLocalStorage } from 'node:async_hooks'

/** What the REST route knows about the request it is serving, for code deeper down (logs, file routes). */
export type RequestContext = {
  /** The caller's `X-Request-Id` when it is a sane token, else a fresh random one (16 hex chars). */
  requestId: string
  /** The method the client sent: a HEAD is served by GET, and file routes must not audit it as a download. */
  clientMethod: string
}

// One store per process, even when the bundler duplicates this module across server chunks.
const key = Symbol.for('14voices.requestContext')
const store: AsyncLocalStorage<RequestContext> = ((globalThis as Record<symbol, unknown>)[key] ??=
  new AsyncLocalStorage<RequestContext>()) as AsyncLocalStorage<RequestContext>

export { requestIdFor } from './requestId.mjs'

/** Runs `fn` with `context` visible to everything it awaits (AsyncLocalStorage). */
export const runWithRequestContext = <T>(context: RequestContext, fn: () => T): T =>
  store.run(context, fn)

/** The context of the request being served, or undefined outside one (seed, worker, tests). */
export const currentRequestContext = (): RequestContext | undefined => store.getStore()
