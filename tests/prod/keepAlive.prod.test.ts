import net from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startServer } from '../../scripts/lib/server.mjs'
import { baseURL } from './client'

/** Sends `GET path` on `socket` as HTTP/1.1 with keep-alive and resolves to the status line of the
 * answer once its whole body (Content-Length) has arrived. */
const getOn = (socket: net.Socket, host: string, path: string): Promise<string> =>
  new Promise((resolve, reject) => {
    let received = Buffer.alloc(0)
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk])
      const end = received.indexOf('\r\n\r\n')
      if (end < 0) return
      const head = received.subarray(0, end).toString('latin1')
      const length = Number(/\r\ncontent-length:\s*(\d+)/i.exec(head)?.[1] ?? NaN)
      const complete = Number.isFinite(length)
        ? received.length >= end + 4 + length
        : /\r\ntransfer-encoding:\s*chunked/i.test(head) && received.includes('\r\n0\r\n\r\n')
      if (!complete) return
      socket.off('data', onData)
      socket.off('close', onClose)
      resolve(head.split('\r\n')[0])
    }
    const onClose = () => reject(new Error('the server closed the connection'))
    if (socket.readyState !== 'open') return onClose()
    socket.on('data', onData)
    socket.once('close', onClose)
    socket.write(
      `GET ${path} HTTP/1.1\r\nHost: ${host}\r\nAccept-Encoding: identity\r\nConnection: keep-alive\r\n\r\n`,
    )
  })

const connect = async (url: URL): Promise<net.Socket> => {
  const socket = net.connect(Number(url.port), url.hostname)
  await new Promise((resolve) => socket.once('connect', resolve))
  return socket
}

describe('kept-alive connections on the production server', () => {
  // Node's default idle timeout is 5 s: a client reusing its socket around then got a reset (seen in
  // CI as "socket hang up"). npm start keeps idle connections longer than the proxies in front do.
  it('should answer a second request on a connection that was idle for longer than 5 s', async () => {
    const url = new URL(baseURL())
    const socket = await connect(url)
    try {
      const first = await getOn(socket, url.host, '/api/languages?limit=1&depth=0')
      await new Promise((resolve) => setTimeout(resolve, 6_000))
      const second = await getOn(socket, url.host, '/api/languages?limit=1&depth=0')
      expect([first, second]).toEqual(['HTTP/1.1 200 OK', 'HTTP/1.1 200 OK'])
    } finally {
      socket.destroy()
    }
  }, 15_000)
})

// A server of its own, to stop: a connection kept alive must not hold the exit for the idle timeout.
let own: Awaited<ReturnType<typeof startServer>> | undefined

const exited = async (processGroup: number): Promise<void> => {
  for (;;) {
    try {
      process.kill(-processGroup, 0)
    } catch {
      return // no process left in the group
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('stopping the production server', () => {
  beforeAll(async () => {
    own = await startServer({ port: Number(new URL(baseURL()).port) + 4 })
  }, 300_000)

  afterAll(async () => {
    await own?.stopAndWait()
  })

  it('should answer a request under way at SIGTERM, then close its connection and exit', async () => {
    const group = own?.processGroup
    if (!own || !group) throw new Error('the server of this test did not start')
    const url = new URL(own.url)
    const socket = await connect(url)
    const closed = new Promise((resolve) => socket.once('close', resolve))
    try {
      // Half a request: the connection is busy, not idle, when the signal comes.
      socket.write(`GET /api/languages?limit=1&depth=0 HTTP/1.1\r\nHost: ${url.host}\r\n`)
      await new Promise((resolve) => setTimeout(resolve, 200))
      process.kill(-group, 'SIGTERM')
      await new Promise((resolve) => setTimeout(resolve, 300))
      let received = ''
      socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')))
      socket.write('Connection: keep-alive\r\n\r\n')
      await closed
      await exited(group)
      expect(received.split('\r\n')[0]).toBe('HTTP/1.1 200 OK')
    } finally {
      socket.destroy()
    }
  }, 30_000)
})
