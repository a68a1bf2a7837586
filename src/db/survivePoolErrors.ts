import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

type PoolLike = { on: (event: 'error', listener: (error: Error) => void) => void }

/**
 * node-postgres emits `error` on the pool when an idle connection dies (the server restarts, a
 * failover, an administrator ends the backend), and an unhandled `error` event ends the Node.js
 * process — a server or `npm run worker` died on the first PostgreSQL restart. Payload's adapter
 * listens on the client it opens first, not on the pool. This logs the event as a warning instead:
 * the pool drops the dead connection and opens a new one for the next query, and a query that was
 * running fails on its own (the jobs queue retries it).
 */
export const survivePoolErrors = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as BaseDatabaseAdapter & { pool?: PoolLike }
    const connect = adapter.connect?.bind(adapter)
    if (!connect) return adapter
    adapter.connect = async (options) => {
      await connect(options)
      adapter.pool?.on('error', (error) => {
        adapter.payload.logger.warn(
          `A PostgreSQL connection closed unexpectedly (${error.message}); the pool will open a new one.`,
        )
      })
    }
    return adapter
  },
})
