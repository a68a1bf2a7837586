// `npm run dev`: apply migrations to the embedded SQLite database, seed demo data when the database
// is empty, then start Next.js in development mode. Works on a fresh machine with no configuration.
import { spawn } from 'node:child_process'

import { runMigrations, runSeed } from './lib/migrate.mjs'

const env = { ...process.env, NODE_OPTIONS: '--no-deprecation' }
try {
  runMigrations({ cwd: process.cwd(), env })
  runSeed({ cwd: process.cwd(), env, extraArgs: ['--if-empty'] })
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
const next = spawn('npx', ['next', 'dev', ...process.argv.slice(2)], { stdio: 'inherit', env })
next.on('exit', (code) => process.exit(code ?? 0))
