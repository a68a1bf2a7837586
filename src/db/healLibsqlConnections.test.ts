import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { healLibsqlConnections, isSqliteBusy } from './healLibsqlConnections'

let dir: string
let url: string
const clients: Client[] = []
const open = (): Client => {
  const client = createClient({ url })
  clients.push(client)
  return client
}
const value = async (client: Client): Promise<string> =>
  String((await client.execute('SELECT v FROM t')).rows[0]?.v)

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'v14-libsql-'))
  url = `file:${path.join(dir, 'db.sqlite')}`
  const setup = open()
  await setup.execute('PRAGMA journal_mode = WAL')
  await setup.execute('CREATE TABLE t (v TEXT)')
  await setup.execute("INSERT INTO t VALUES ('v0')")
})

afterEach(() => {
  for (const client of clients.splice(0)) client.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

/** Another process holding SQLite's write lock for `ms`, resolved once it holds it. */
const holdWriteLockElsewhere = (ms: number): Promise<{ released: Promise<void> }> =>
  new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createClient } from '@libsql/client'
         const client = createClient({ url: process.env.DB_URL })
         const tx = await client.transaction('write')
         await tx.execute("UPDATE t SET v = 'elsewhere'")
         console.log('locked')
         setTimeout(async () => { await tx.commit(); process.exit(0) }, ${ms})`,
      ],
      {
        cwd: process.cwd(),
        env: { ...process.env, DB_URL: url },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    )
    const released = new Promise<void>((done) => child.on('exit', () => done()))
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('locked')) resolve({ released })
    })
    child.on('error', reject)
  })

describe('healLibsqlConnections', () => {
  it('should read what was committed later, and write again, after a BEGIN failed with SQLITE_BUSY', async () => {
    const writer = open()
    const reader = healLibsqlConnections(open(), 0)
    const held = await writer.transaction('write')
    await held.execute("UPDATE t SET v = 'v1'")
    const failed = await reader.transaction('write').then(
      () => null,
      (error: unknown) => error,
    )
    await held.commit()
    const seen: string[] = []
    for (const next of ['v2', 'v3']) {
      await writer.execute({ sql: 'UPDATE t SET v = ?', args: [next] })
      seen.push(await value(reader))
    }
    const own = await reader.transaction('write')
    await own.execute("UPDATE t SET v = 'from reader'")
    await own.commit()
    expect([isSqliteBusy(failed), seen, await value(writer)]).toEqual([
      true,
      ['v2', 'v3'],
      'from reader',
    ])
  })

  it("should wait out another process's short write on a connection opened after a transaction", async () => {
    const client = healLibsqlConnections(open(), 5_000)
    // The client's first connection goes to this transaction; the next statement opens a new one.
    const first = await client.transaction('write')
    await first.commit()
    const { released } = await holdWriteLockElsewhere(300)
    const tx = await client.transaction('write')
    await tx.execute("UPDATE t SET v = 'after the other process'")
    await tx.commit()
    await released
    expect(await value(client)).toBe('after the other process')
  })
})

describe('a statement outside a transaction', () => {
  it('should wait for a transaction of the same process to commit instead of failing with SQLITE_BUSY', async () => {
    const other = open()
    const client = healLibsqlConnections(open(), 50)
    const held = await other.transaction('write')
    await held.execute("UPDATE t SET v = 'held'")
    // The holder commits on a timer: only possible while the event loop runs between the tries.
    setTimeout(() => void held.commit(), 150)
    await client.execute("UPDATE t SET v = 'after the transaction'")
    expect(await value(other)).toBe('after the transaction')
  })
})
