// `npm run dev`: apply migrations to the embedded SQLite database, seed demo data when the database
// is empty, then start Next.js in development mode. Works on a fresh machine with no configuration.
import { spawn, spawnSync } from 'node:child_process'

import { runMigrations } from './lib/migrate.mjs'

const env = { ...process.env, NODE_OPTIONS: '--no-deprecation' }
const step = (args) => {
  const r = spawnSync('npx', args, { stdio: 'inherit', env })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

try {
  runMigrations({ cwd: process.cwd(), env })
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
step(['payload', 'run', 'src/seed/run.ts', '--', '--if-empty'])
const next = spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit', env })
next.on('exit', (code) => process.exit(code ?? 0))
