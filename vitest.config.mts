import tsconfigPaths from 'vite-tsconfig-paths'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [tsconfigPaths()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.int.test.ts'],
          environment: 'node',
          // Each file boots its own Payload on its own database, in its own process.
          pool: 'forks',
          isolate: true,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: {
            NODE_ENV: 'test',
            PAYLOAD_LOG_LEVEL: process.env.PAYLOAD_LOG_LEVEL ?? 'fatal',
            JOBS_AUTORUN: 'false',
          },
        },
      },
      {
        extends: true,
        test: {
          // Real HTTP against the production build (`next build && npm start`), which
          // scripts/e2e.mjs starts and passes as PROD_BASE_URL: what only the minified bundle shows.
          name: 'prod',
          include: ['tests/prod/**/*.prod.test.ts'],
          environment: 'node',
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
