// Reads a server's CPU time and memory from /proc (Linux), by process group: `npm start` runs the
// Node.js server as a child, and both share the group startServer gives them (server.processGroup).
import fs from 'node:fs'

const processesInGroup = (group) => {
  const found = []
  for (const pid of fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
      // After "pid (comm) ": field 3 (state) is index 0, so pgrp (field 5) is 2, utime/stime 11/12.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      if (Number(fields[2]) === group) found.push({ pid: Number(pid), fields })
    } catch {
      // the process ended meanwhile
    }
  }
  return found
}

/** CPU seconds used so far by every process in the group (utime + stime, ticks of 1/100 s). */
export const groupCpuSeconds = (group) =>
  processesInGroup(group).reduce((s, p) => s + Number(p.fields[11]) + Number(p.fields[12]), 0) / 100

const statusKb = (pid, key) => {
  const m = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .match(new RegExp(`^${key}:\\s+(\\d+)`, 'm'))
  return m ? Number(m[1]) : 0
}

/**
 * Memory of the Node.js server in the group: the process with the largest resident set (npm's own
 * process is small). Returns { pid, rssMb (VmRSS now), peakMb (VmHWM, the most it ever held) } or
 * null when the group has no process left.
 */
export const serverMemory = (group) => {
  let best = null
  for (const { pid } of processesInGroup(group)) {
    try {
      const rss = statusKb(pid, 'VmRSS')
      if (!best || rss > best.rss) best = { pid, rss, hwm: statusKb(pid, 'VmHWM') }
    } catch {
      // ended meanwhile
    }
  }
  return best && { pid: best.pid, rssMb: best.rss / 1024, peakMb: best.hwm / 1024 }
}

/**
 * Waits until the process group uses less than `idleCores` of a core over a `windowMs` window, at
 * most `maxMs`: a server that timed out requests under load keeps rendering them after the load
 * generator stopped, and would take CPU from the next measurement. Resolves to the ms waited.
 */
export const waitIdle = async (
  group,
  { idleCores = 0.1, windowMs = 1000, maxMs = 30_000 } = {},
) => {
  const started = Date.now()
  for (;;) {
    const before = groupCpuSeconds(group)
    await new Promise((r) => setTimeout(r, windowMs))
    const used = (groupCpuSeconds(group) - before) / (windowMs / 1000)
    if (used < idleCores || Date.now() - started > maxMs) return Date.now() - started
  }
}
