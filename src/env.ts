import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { z } from 'zod'

import { passwordProblem } from '@/domain/password'
import { renderSentence } from '@/errors/sentence'
import { isCommonPassword } from '@/domain/commonPasswords'

import { parseTrustedProxies } from './domain/clientAddress.mjs'

/**
 * The one place that reads `process.env`. Everything else imports `env`.
 * Paths are made absolute here, once, because relative paths would otherwise
 * resolve against whatever the working directory is at request time.
 */

const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined))

/** A positive number, 1 when unset or empty. */
const factor = z.preprocess(
  (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
  z.coerce.number().positive().default(1),
)

const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1')

// `next build` evaluates server modules with NODE_ENV=production; runtime secrets are not needed then.
const isBuildPhase = process.env.NEXT_PHASE === 'phase-production-build'

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PROJECT_ROOT: optionalString,
    DATA_DIR: optionalString,
    DATABASE_URL: optionalString,
    DB_PUSH: booleanFlag,
    PAYLOAD_SECRET: optionalString,
    SERVER_URL: z.string().url().default('http://localhost:3000'),
    PUBLIC_MEDIA_DIR: optionalString,
    PRIVATE_FILES_DIR: optionalString,
    UPLOAD_TMP_DIR: optionalString,
    MAX_UPLOAD_MB: z.coerce.number().int().positive().default(1024),
    MAX_SCRIPT_MB: z.coerce.number().int().positive().default(25),
    MAX_MEDIA_MB: z.coerce.number().int().positive().default(50),
    MAX_DELIVERABLE_MB: z.coerce.number().int().positive().default(1024),
    BLOB_READ_WRITE_TOKEN: optionalString,
    S3_BUCKET: optionalString,
    S3_PRIVATE_BUCKET: optionalString,
    S3_ENDPOINT: optionalString,
    S3_REGION: z.string().default('us-east-1'),
    S3_ACCESS_KEY_ID: optionalString,
    S3_SECRET_ACCESS_KEY: optionalString,
    S3_FORCE_PATH_STYLE: booleanFlag,
    /** Public base URL of the public bucket (a CDN in front of it); default: endpoint/bucket. */
    S3_PUBLIC_URL: optionalString.pipe(z.string().url('must be a URL').optional()),
    UPLOADTHING_TOKEN: optionalString,
    SMTP_URL: optionalString,
    /** Production without SMTP_URL: write every email to DATA_DIR/outbox instead of refusing to start. */
    ALLOW_EMAIL_OUTBOX: booleanFlag,
    /** The first admin of an empty production database, created at start when no admin exists. */
    ADMIN_EMAIL: optionalString.pipe(z.string().email('must be an email address').optional()),
    ADMIN_PASSWORD: z.string().optional(),
    EMAIL_FROM: z.string().default('14voices <bookings@14voices.local>'),
    STAFF_EMAIL: z.string().default('staff@14voices.local'),
    CRON_SECRET: optionalString,
    /**
     * Proxies in front of the app whose X-Forwarded-For is believed: comma-separated addresses, CIDR
     * ranges, or loopback / linklocal / uniquelocal (none by default). scripts/start.mjs applies them.
     */
    TRUSTED_PROXIES: optionalString,
    /** Redis for the account rate limits and Next's page/data cache (shared by every server
     * process); see src/http/authLimiter.ts and src/cache/redisCache.mjs. */
    REDIS_URL: optionalString.pipe(
      z
        .string()
        .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
        .optional(),
    ),
    /** Start of every key of Next's shared cache in Redis (build id and database hash follow). */
    REDIS_CACHE_PREFIX: optionalString,
    /** Multiply every per-address / per-account limit of src/domain/authLimits.ts (1 = defaults). */
    RATE_LIMIT_ADDRESS_FACTOR: factor,
    RATE_LIMIT_ACCOUNT_FACTOR: factor,
    /** Turns the account rate limits off: only for `npm run bench`, to show what they cost. */
    RATE_LIMIT_DISABLED: booleanFlag,
    /** Show the local outbox at /dev/outbox in a production build too (the e2e server does). */
    DEV_OUTBOX: booleanFlag,
    SEED_ON_START: booleanFlag,
    /** Run queued jobs inside the server process (default on, except in tests). */
    JOBS_AUTORUN: z
      .enum(['true', 'false', '1', '0'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1')),
    PAYLOAD_LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.NODE_ENV === 'production' && !v.PAYLOAD_SECRET && !isBuildPhase) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['PAYLOAD_SECRET'],
        message: 'is required in production (a long random string, e.g. `openssl rand -hex 32`)',
      })
    }
    if (v.NODE_ENV === 'production' && !v.SMTP_URL && !v.ALLOW_EMAIL_OUTBOX && !isBuildPhase) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['SMTP_URL'],
        message:
          'is required in production, or set ALLOW_EMAIL_OUTBOX=true. SMTP_URL (smtp://user:pass@host:587) ' +
          'sends the emails to customers, artists and staff; ALLOW_EMAIL_OUTBOX=true instead writes every ' +
          'email, password-reset links included, to DATA_DIR/outbox on this server and sends nothing ' +
          '(only for test servers)',
      })
    }
    if (Boolean(v.ADMIN_EMAIL) !== Boolean(v.ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [v.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'],
        message: 'is required when the other of ADMIN_EMAIL and ADMIN_PASSWORD is set',
      })
    }
    const adminPasswordProblem = v.ADMIN_PASSWORD
      ? passwordProblem({
          password: v.ADMIN_PASSWORD,
          email: v.ADMIN_EMAIL,
          isCommon: isCommonPassword,
        })
      : null
    if (adminPasswordProblem) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['ADMIN_PASSWORD'],
        message: `is refused by the password policy: ${renderSentence(adminPasswordProblem, 'en')}`,
      })
    }
    if (v.PAYLOAD_SECRET && v.PAYLOAD_SECRET.length < 16) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['PAYLOAD_SECRET'],
        message: 'must be at least 16 characters',
      })
    }
    if (v.TRUSTED_PROXIES) {
      try {
        parseTrustedProxies(v.TRUSTED_PROXIES)
      } catch (error) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['TRUSTED_PROXIES'],
          message: `lists ${(error as Error).message}`,
        })
      }
    }
    if (v.DATABASE_URL && !/^(file:|postgres:\/\/|postgresql:\/\/)/.test(v.DATABASE_URL)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['DATABASE_URL'],
        message: 'must start with file: (SQLite) or postgres:// (PostgreSQL)',
      })
    }
    if (v.REDIS_URL && !/^rediss?:\/\//.test(v.REDIS_URL)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['REDIS_URL'],
        message: 'must start with redis:// or rediss://',
      })
    }
    if (v.S3_BUCKET || v.S3_PRIVATE_BUCKET) {
      for (const key of ['S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const) {
        if (!v[key]) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: [key],
            message: 'is required when S3_BUCKET or S3_PRIVATE_BUCKET is set',
          })
        }
      }
    }
  })

type RawEnv = z.infer<typeof schema>

export type Env = Omit<RawEnv, 'JOBS_AUTORUN' | 'TRUSTED_PROXIES'> & {
  JOBS_AUTORUN: boolean
  /** `TRUSTED_PROXIES` as a list (empty: no proxy is trusted); see src/domain/clientAddress.mjs. */
  trustedProxies: string[]
  /**
   * /dev/outbox is served (to admins): never with SMTP configured; outside production, or when
   * DEV_OUTBOX is set (production without SMTP_URL also needs ALLOW_EMAIL_OUTBOX to start at all).
   */
  devOutbox: boolean
  projectRoot: string
  dataDir: string
  database: { kind: 'sqlite'; url: string } | { kind: 'postgres'; url: string }
  payloadSecret: string
  publicMediaDir: string
  privateFilesDir: string
  uploadTmpDir: string
  isProduction: boolean
}

const resolveFrom = (root: string, p: string) => (path.isAbsolute(p) ? p : path.resolve(root, p))

/** In development a missing secret falls back to one generated once and kept in the (git-ignored) data dir. */
const devSecret = (dataDir: string): string => {
  const file = path.join(dataDir, '.payload-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    fs.mkdirSync(dataDir, { recursive: true })
    const secret = crypto.randomBytes(32).toString('hex')
    fs.writeFileSync(file, secret, { mode: 0o600 })
    return secret
  }
}

export const parseEnv = (source: NodeJS.ProcessEnv): Env => {
  const result = schema.safeParse(source)
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(env)'} ${i.message}`)
    throw new Error(
      `14voices cannot start: the environment is not valid.\n${lines.join('\n')}\nSee .env.example for every variable.`,
    )
  }
  const raw = result.data
  const projectRoot = raw.PROJECT_ROOT ? path.resolve(raw.PROJECT_ROOT) : process.cwd()
  const dataDir = resolveFrom(projectRoot, raw.DATA_DIR ?? 'data')
  // The embedded default lives in DATA_DIR like every other file of this instance.
  const dbUrl = raw.DATABASE_URL ?? `file:${path.join(dataDir, '14voices.db')}`
  const database: Env['database'] = dbUrl.startsWith('file:')
    ? { kind: 'sqlite', url: `file:${resolveFrom(projectRoot, dbUrl.slice('file:'.length))}` }
    : { kind: 'postgres', url: dbUrl }
  return {
    ...raw,
    projectRoot,
    dataDir,
    database,
    payloadSecret:
      raw.PAYLOAD_SECRET ?? (isBuildPhase ? 'build-phase-placeholder-secret' : devSecret(dataDir)),
    publicMediaDir: resolveFrom(projectRoot, raw.PUBLIC_MEDIA_DIR ?? path.join(dataDir, 'media')),
    privateFilesDir: resolveFrom(
      projectRoot,
      raw.PRIVATE_FILES_DIR ?? path.join(dataDir, 'private'),
    ),
    uploadTmpDir: resolveFrom(projectRoot, raw.UPLOAD_TMP_DIR ?? path.join(dataDir, 'tmp')),
    trustedProxies: parseTrustedProxies(raw.TRUSTED_PROXIES),
    isProduction: raw.NODE_ENV === 'production',
    JOBS_AUTORUN: raw.JOBS_AUTORUN ?? raw.NODE_ENV !== 'test',
    devOutbox: !raw.SMTP_URL && (raw.NODE_ENV !== 'production' || Boolean(raw.DEV_OUTBOX)),
  }
}

export const env: Env = parseEnv(process.env)
