// Applies the committed migrations (`payload migrate`) and makes sure they really ran.
//
// Why a wrapper: on the embedded SQLite default, `payload migrate` sometimes ends with exit code 0
// before doing anything — no log line, no database file (seen 1–3 times in 8 on a loaded 2-core
// machine; the process's event loop runs empty while Payload is still starting). A run that worked
// always logs Payload's "Done." line, so a run without it is repeated (up to 3 attempts), and a
// silent run that keeps failing stops with a sentence instead of letting the seed or the server
// fail later on a database without tables.
import { spawnSync } from 'node:child_process'

const ATTEMPTS = 3

/**
 * Runs `npx payload migrate` in `cwd` with `env` until it finishes for real. Output is passed
 * through. Throws an Error when a run fails (non-zero exit) or every attempt ended silently.
 */
export const runMigrations = ({ cwd, env }) => {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    // Info level at least: the "Done." line is how a real run is told from a silent one.
    const r = spawnSync('npx', ['payload', 'migrate'], {
      cwd,
      env: { ...env, PAYLOAD_LOG_LEVEL: 'info' },
      encoding: 'utf8',
    })
    process.stdout.write(r.stdout ?? '')
    process.stderr.write(r.stderr ?? '')
    if (r.status !== 0) throw new Error(`payload migrate failed (exit ${r.status})`)
    // Payload's log lines are coloured: strip the ANSI codes before looking for "Done.".
    const output = `${r.stdout}${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, '')
    if (/(^|\s)Done\.$/m.test(output)) return
    console.warn(
      `payload migrate ended without running (attempt ${attempt} of ${ATTEMPTS}); again.`,
    )
  }
  throw new Error(`payload migrate ended without running ${ATTEMPTS} times; see the output above.`)
}
