// Child processes of the bench: each in its own process group, so stopping it stops everything
// it started, and nothing else.
import { spawn } from 'node:child_process'

/**
 * Starts `command args` detached (its own process group) with output passed through (or dropped
 * when `quiet`). Returns { pid (= its process group), stop() } — stop sends SIGTERM to the group.
 */
export const startGroup = ({ command, args, cwd, env, quiet = false }) => {
  const child = spawn(command, args, {
    cwd,
    env,
    stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'],
    detached: true,
  })
  let exited = false
  child.on('exit', () => {
    exited = true
  })
  return {
    pid: child.pid,
    exited: () => exited,
    stop: () => {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    },
  }
}

/**
 * Polls `url` every 250 ms until it answers 2xx; throws after `timeoutMs` or when `alive()`
 * says the server process has exited.
 */
export const waitForUrl = async (url, { timeoutMs = 60_000, alive = () => true } = {}) => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      const res = await fetch(url)
      await res.arrayBuffer()
      if (res.ok) return
    } catch {
      // not up yet
    }
    if (!alive()) throw new Error(`the server for ${url} exited before answering`)
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
    await new Promise((r) => setTimeout(r, 250))
  }
}

/** Throws when something already answers on `url`'s port (a server left by an earlier run). */
export const assertPortFree = async (url) => {
  const taken = await fetch(url).then(
    () => true,
    () => false,
  )
  if (taken) throw new Error(`${url}: the port is in use; stop the server running there first`)
}
