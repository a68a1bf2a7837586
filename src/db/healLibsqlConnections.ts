import type { Client, Transaction, TransactionMode } from '@libsql/client'
import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/** True for SQLITE_BUSY and its extended codes (SQLITE_BUSY_SNAPSHOT, …), by code or message. */
export const isSqliteBusy = (error: unknown): boolean =>
  /SQLITE_BUSY/.test(String((error as { code?: unknown } | null)?.code ?? '')) ||
  /SQLITE_BUSY/.test(String((error as { message?: unknown } | null)?.message ?? ''))

/**
 * Keeps a local-file libsql client (@libsql/client 0.14, the one Payload's SQLite adapter uses) usable
 * while other processes — a second server, the job worker, the seed — write to the same database
 * file. It works around two defects of that client (libsql-client-ts issues #288 and #352):
 *
 * - `transaction()` hands the client's connection to the transaction and opens a new one for the next
 *   statement, and `PRAGMA busy_timeout` belongs to a connection: from the first transaction on, a
 *   write met another process's write lock with SQLITE_BUSY at once. Here every new connection gets
 *   `busyTimeoutMs` before its first statement, so a short collision is waited out in SQLite.
 * - A statement that failed with SQLITE_BUSY is never reset, so its connection stays inside the read
 *   transaction it had begun: every later read returns the data of that moment and every write fails
 *   with SQLITE_BUSY_SNAPSHOT, until the garbage collector happens to finalize the statement. (Servers
 *   met this whenever a seed or script wrote while their job runner began a transaction.) After such a
 *   failure the connection is retired — handed to a throwaway transaction that is rolled back — so
 *   the next statement opens a fresh connection. A statement outside a transaction (`execute`,
 *   `batch`) is then tried again after a timer, up to about 2 s; a failed `transaction()` is passed
 *   on (serializeTransactions retries it).
 *
 * Input: the client (its methods are replaced in place, so a drizzle instance holding it is covered),
 * the busy timeout of the connections it opens after the first, in milliseconds (keep it short: the
 * wait blocks the event loop). Returns the same client. Errors of the statements are passed on
 * unchanged.
 */
/** Tries after the first when SQLite answers BUSY (about 2 s in all, see retryWhileBusy). */
const RETRIES = 12

/**
 * `run` wrapped so that an SQLITE_BUSY answer is tried again after a timer (25 ms, 50 ms, …; 12
 * more tries, about 2 s in all) and other errors, or the last BUSY, are thrown. For work that wrote
 * nothing when it failed: BEGIN, or a statement outside a transaction (Payload writes some, such as
 * an admin's list preferences). The lock is often held by a transaction of this same process, which
 * can only finish while the event loop runs — SQLite's own busy wait blocks it.
 */
export const retryWhileBusy =
  <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
  async (...args: A): Promise<R> => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await run(...args)
      } catch (error) {
        if (!isSqliteBusy(error) || attempt >= RETRIES) throw error
        await new Promise((resolve) => setTimeout(resolve, 25 * (attempt + 1)))
      }
    }
  }

export const healLibsqlConnections = (client: Client, busyTimeoutMs: number): Client => {
  const original = {
    execute: client.execute.bind(client),
    batch: client.batch.bind(client),
    migrate: client.migrate.bind(client),
    executeMultiple: client.executeMultiple.bind(client),
    transaction: client.transaction.bind(client),
  }
  // Whether the client has let go of its connection, so that the next statement opens a new one.
  let connectionIsNew = false

  const prepareConnection = async (): Promise<void> => {
    if (!connectionIsNew) return
    connectionIsNew = false
    await original.execute(`PRAGMA busy_timeout = ${Math.max(0, Math.floor(busyTimeoutMs))}`)
  }

  const retireConnection = async (): Promise<void> => {
    let stale: Transaction
    try {
      stale = await original.transaction('deferred')
    } catch {
      // The connection could not even begin a transaction: nothing more to do from here.
      return
    }
    connectionIsNew = true
    await stale.rollback().catch(() => undefined)
    stale.close()
  }

  const guarded =
    <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await prepareConnection()
      try {
        return await run(...args)
      } catch (error) {
        if (isSqliteBusy(error)) await retireConnection()
        throw error
      }
    }

  client.execute = retryWhileBusy(guarded(original.execute)) as Client['execute']
  client.batch = retryWhileBusy(guarded(original.batch)) as Client['batch']
  client.migrate = guarded(original.migrate) as Client['migrate']
  client.executeMultiple = guarded(original.executeMultiple) as Client['executeMultiple']
  client.transaction = guarded(async (mode?: TransactionMode) => {
    const transaction = await original.transaction(mode)
    connectionIsNew = true
    return transaction
  }) as Client['transaction']
  return client
}

/**
 * Payload's SQLite adapter with every libsql client it creates passed through
 * healLibsqlConnections (the adapter's `client` property is intercepted as the adapter assigns it in
 * `connect`, before its first statement). Input: the adapter object and the busy timeout in ms of the
 * connections opened after the first (the first has the adapter's own `busyTimeout`).
 */
export const withHealthyLibsqlConnections = (
  adapterObj: DatabaseAdapterObj,
  busyTimeoutMs: number,
): DatabaseAdapterObj => ({
  ...adapterObj,
  init: (args) => {
    const adapter = adapterObj.init(args) as BaseDatabaseAdapter & { client?: Client }
    let client: Client | undefined = adapter.client
    Object.defineProperty(adapter, 'client', {
      configurable: true,
      enumerable: true,
      get: () => client,
      set: (next: Client | undefined) => {
        client = next ? healLibsqlConnections(next, busyTimeoutMs) : next
      },
    })
    return adapter
  },
})
