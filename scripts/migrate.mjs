// `npm run migrate`: applies the committed migrations to the database in DATABASE_URL (see
// scripts/lib/migrate.mjs for why it checks that they really ran).
import { runMigrations } from './lib/migrate.mjs'

try {
  runMigrations({ cwd: process.cwd(), env: { ...process.env, NODE_OPTIONS: '--no-deprecation' } })
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}
