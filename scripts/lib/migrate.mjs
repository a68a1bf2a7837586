// Runs `payload migrate` and the seed, and makes sure they really ran.
//
// Why: a `payload` command sometimes ends with exit code 0 before doing anything — no log line, no
// database file (seen 1–3 times in 20, more on a loaded machine). Payload's launcher loads its code
// through tsx's runtime loader (`tsImport`); while that import is pending, Node 20 can find its event
// loop empty and exit. (A script that only imports the config, with no database query, does it
// too; the same script started with the `tsx` command did not, 0 in 45 — so the seed, create-admin,
// the worker and the tests' scripts run with `tsx`.) `payload migrate` has no such alternative, so
// each run gets a time limit too. A run that worked always prints its own last line ("Done." for migrate, the seed's
// summary), so a run without it is repeated (up to 3 attempts), and one that keeps failing stops
// with a sentence instead of letting the server start on a database without tables or data.
import { spawnSync } from 'node:child_process'

const ATTEMPTS = 3
/** Far above a real run (migrate ~10 s, seed ~10–30 s on a slow machine); a hung run is retried. */
const RUN_LIMIT_MS = 5 * 60 * 1000

const runUntil = ({ cwd, env, args, finished, label }) => {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    // Info level at least: the last line is how a real run is told from a silent one.
    const r = spawnSync('npx', args, {
      cwd,
      env: { ...env, PAYLOAD_LOG_LEVEL: 'info' },
      encoding: 'utf8',
      timeout: RUN_LIMIT_MS,
      killSignal: 'SIGKILL',
    })
    process.stdout.write(r.stdout ?? '')
    process.stderr.write(r.stderr ?? '')
    const timedOut = r.error?.code === 'ETIMEDOUT'
    // Payload's log lines are coloured: strip the ANSI codes before looking for the last line.
    const output = `${r.stdout}${r.stderr}`.replace(/\u001b\[[0-9;]*m/g, '')
    // Exit 13 is Node's "unsettled top-level await": the same empty-event-loop exit while the
    // script's modules were still loading (seen once in CI with `tsx`), when nothing was logged yet.
    const diedLoading = r.status === 13 && !/\bINFO\b/.test(output)
    if (r.status !== 0 && !timedOut && !diedLoading)
      throw new Error(`${label} failed (exit ${r.status})`)
    if (finished.test(output)) return
    console.warn(`${label} ended without running (attempt ${attempt} of ${ATTEMPTS}); again.`)
  }
  throw new Error(`${label} ended without running ${ATTEMPTS} times; see the output above.`)
}

/**
 * Runs `npx payload migrate` in `cwd` with `env` until it finishes for real (Payload's "Done."
 * line). Output is passed through. Throws an Error when a run fails (non-zero exit) or every
 * attempt ended silently.
 */
export const runMigrations = ({ cwd, env }) =>
  runUntil({
    cwd,
    env,
    args: ['payload', 'migrate'],
    finished: /(^|\s)Done\.$/m,
    label: 'payload migrate',
  })

/**
 * Runs the demo-data seed (`src/seed/run.ts`, with `extraArgs` such as `--if-empty`) until it
 * finishes for real: it seeded, or said there was nothing to seed. Throws like `runMigrations`.
 */
export const runSeed = ({ cwd, env, extraArgs = [] }) =>
  runUntil({
    cwd,
    env,
    args: ['tsx', 'src/seed/run.ts', ...extraArgs],
    finished: /Demo data seeded in|nothing to seed|nothing was seeded|Scale data/,
    label: 'the seed',
  })
