import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

import { retryWhileBusy } from './healLibsqlConnections'

/**
 * SQLite has one writer at a time, and each libsql transaction holds a connection of its own, so two
 * concurrent transactions of one process would wait on each other inside SQLite (the busy timeout,
 * healLibsqlConnections.ts). This queues them inside the process instead: each waits for the
 * previous one to commit or roll back. (PostgreSQL doesn't need it: row locks do the job there.)
 */

/**
 * Begins a transaction, retrying while SQLite answers BUSY at BEGIN (another process — a second
 * server, the seed — or a write outside the queue, such as Payload's job runner, holds the write
 * lock): nothing has happened yet, so trying again is safe, and each try after the first runs on a
 * fresh connection (healLibsqlConnections.ts).
 */
const beginWithRetry = <T>(begin: () => Promise<T>): Promise<T> => retryWhileBusy(begin)()

export const serializeTransactions = (adapterObj: DatabaseAdapterObj): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as BaseDatabaseAdapter
    const begin = adapter.beginTransaction.bind(adapter)
    const commit = adapter.commitTransaction.bind(adapter)
    const rollback = adapter.rollbackTransaction.bind(adapter)
    const releases = new Map<string, () => void>()
    let tail: Promise<void> = Promise.resolve()

    const release = (id: number | string | Promise<number | string>) => {
      void Promise.resolve(id).then((key) => {
        const done = releases.get(String(key))
        releases.delete(String(key))
        done?.()
      })
    }

    adapter.beginTransaction = async (options) => {
      const previous = tail
      let done!: () => void
      tail = new Promise<void>((resolve) => {
        done = resolve
      })
      await previous
      try {
        const id = await beginWithRetry(() => begin(options))
        if (id === null || id === undefined) {
          done()
          return id
        }
        releases.set(String(id), done)
        return id
      } catch (error) {
        done()
        throw error
      }
    }
    adapter.commitTransaction = async (id) => {
      try {
        await commit(id)
      } finally {
        release(id)
      }
    }
    adapter.rollbackTransaction = async (id) => {
      try {
        await rollback(id)
      } finally {
        release(id)
      }
    }
    return adapter
  },
})
