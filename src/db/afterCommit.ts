import type { BaseDatabaseAdapter, DatabaseAdapterObj, PayloadRequest } from 'payload'

type Callback = () => Promise<void>

/** Per adapter instance: what to run once each open transaction (by id) has committed. */
const pendingByAdapter = new WeakMap<BaseDatabaseAdapter, Map<string, Callback[]>>()

/**
 * Lets `afterCommit` know when a transaction is over: the adapter's commit runs the callbacks
 * registered for that transaction once the commit has finished (in order, each awaited, so the
 * operation that commits — and the HTTP answer after it — waits for them); a rollback drops them.
 * A callback's error is logged, never thrown: the data is committed by then.
 * Wraps any Payload database adapter (drizzle's commit resolves only after COMMIT has run).
 */
export const runCallbacksAfterCommit = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as BaseDatabaseAdapter
    const pending = new Map<string, Callback[]>()
    pendingByAdapter.set(adapter, pending)
    const commit = adapter.commitTransaction.bind(adapter)
    const rollback = adapter.rollbackTransaction.bind(adapter)
    const take = async (id: number | string | Promise<number | string>) => {
      const key = String(await id)
      const callbacks = pending.get(key) ?? []
      pending.delete(key)
      return callbacks
    }
    adapter.commitTransaction = async (id) => {
      // Taken whether or not the commit succeeds: a failed commit's callbacks never run.
      let callbacks: Callback[] = []
      try {
        await commit(id)
      } finally {
        callbacks = await take(id)
      }
      for (const callback of callbacks) {
        try {
          await callback()
        } catch (error) {
          adapter.payload.logger.error({ err: error, msg: 'a callback after a commit failed' })
        }
      }
    }
    adapter.rollbackTransaction = async (id) => {
      try {
        await rollback(id)
      } finally {
        await take(id)
      }
    }
    return adapter
  },
})

/**
 * Runs `callback` once what `req` has written is visible to every other connection: after its
 * transaction commits, or at once when `req` has no open transaction (or the adapter isn't wrapped
 * by `runCallbacksAfterCommit`). Dropped when the transaction rolls back.
 * For side effects that make others read the database again — expiring cached pages: done inside the
 * transaction, a request in between would read the old rows and cache them under the new state.
 * Input: Payload's request of the operation (its `transactionID` may still be a promise).
 * Resolves once the callback ran, or once it is registered.
 */
export const afterCommit = async (req: PayloadRequest, callback: Callback): Promise<void> => {
  const id = req.transactionID ? await req.transactionID : undefined
  const pending = pendingByAdapter.get(req.payload.db)
  const sessions = (req.payload.db as { sessions?: Record<string, unknown> }).sessions
  const open = id !== undefined && id !== null && Boolean(sessions?.[String(id)])
  if (!pending || !open) return callback()
  const key = String(id)
  pending.set(key, [...(pending.get(key) ?? []), callback])
}
