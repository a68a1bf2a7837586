// Creates a migration for both database adapters from the current collection config.
// Usage: npm run migrate:create -- <name>
import { spawnSync } from 'node:child_process'

const name = process.argv[2] ?? 'change'
const postgresUrl =
  process.env.MIGRATE_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/v14_migrations'

const run = (label, extraEnv) => {
  console.log(`\n== ${label}`)
  const r = spawnSync('npx', ['payload', 'migrate:create', name, '--skip-empty'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_OPTIONS: '--no-deprecation', DB_PUSH: 'false', ...extraEnv },
  })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

run('SQLite', { DATABASE_URL: 'file:./tmp/migrations.db' })
run('PostgreSQL', { DATABASE_URL: postgresUrl })
