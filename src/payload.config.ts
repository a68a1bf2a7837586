import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { en } from '@payloadcms/translations/languages/en'
import { nl } from '@payloadcms/translations/languages/nl'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Accents } from '@/collections/Accents'
import { AuditEvents } from '@/collections/AuditEvents'
import { Avatars } from '@/collections/Avatars'
import { bootstrapAdmin } from '@/collections/Users/firstAdmin/bootstrapAdmin'
import { Bookings } from '@/collections/Bookings'
import { Counters } from '@/collections/Counters'
import { Deliverables } from '@/collections/Deliverables'
import { EmailDeliveries } from '@/collections/EmailDeliveries'
import { Invoices } from '@/collections/Invoices'
import { Languages } from '@/collections/Languages'
import { LegalPages } from '@/collections/LegalPages'
import { BookingReads } from '@/collections/BookingReads'
import { Licences } from '@/collections/Licences'
import { Media } from '@/collections/Media'
import { MessageDigests } from '@/collections/MessageDigests'
import { Messages } from '@/collections/Messages'
import { ReviewComments } from '@/collections/ReviewComments'
import { Scripts } from '@/collections/Scripts'
import { Users } from '@/collections/Users'
import { Voiceovers } from '@/collections/Voiceovers'
import { withCollectionLabels, withGlobalLabels } from '@/i18n/adminLabels'
import { secureInternalCollections, withRequestGuards } from '@/collections/withRequestGuards'
import { databaseAdapter } from '@/db/adapter'
import { emailAdapter } from '@/email/adapter'
import { env } from '@/env'
import { keepErrorSentence } from '@/errors/keepErrorSentence'
import { Company } from '@/globals/Company'
import { Pricing } from '@/globals/Pricing'
import { Privacy } from '@/globals/Privacy'
import { Quotas } from '@/globals/Quotas'
import { migrations as postgresMigrations } from '@/migrations/postgres'
import { migrations as sqliteMigrations } from '@/migrations/sqlite'
import { slugs } from '@/slugs'
import { loggerOptions } from '@/http/loggerOptions'
import { jobsConfig, prepareSchedules } from '@/jobs'
import { storagePlugins } from '@/storage'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Payload loads its config through a default export; this is the one exception to named exports.
export default buildConfig({
  serverURL: env.SERVER_URL,
  // CSRF: cookies are only honoured for requests from our own origin.
  csrf: [env.SERVER_URL],
  cors: [env.SERVER_URL],
  secret: env.payloadSecret,
  telemetry: false,
  graphQL: { disable: true },
  admin: {
    user: slugs.users,
    importMap: { baseDir: dirname },
    meta: { titleSuffix: ' — 14voices admin' },
    // Payload's default avatar is Gravatar: every admin page would send a hash of the user's email
    // to a third party, and the Content-Security-Policy (src/proxy.ts) allows images from us only.
    avatar: 'default',
    // Dates as the rest of 14voices writes them, in either language ("30 november 2026, 18:00"),
    // not Payload's English-ordinal default ("November 30th 2026, 6:00 PM").
    dateFormat: 'd MMMM yyyy, HH:mm',
    components: {
      // In production an empty database shows how the operator creates the admin, not a sign-up form.
      views: {
        createFirstUser: { Component: '@/components/admin/CreateFirstUser#CreateFirstUser' },
      },
    },
  },
  // The admin in Dutch (the agency's language, and the fallback) or English. Payload picks the
  // language from its `payload-lng` cookie (set by the language choice on the account page), else
  // the browser's Accept-Language; the project's own words come from src/i18n/adminLabels.ts.
  i18n: { supportedLanguages: { nl, en }, fallbackLanguage: 'nl' },
  collections: withRequestGuards(
    [
      Users,
      Avatars,
      Media,
      Voiceovers,
      Languages,
      Accents,
      Bookings,
      Scripts,
      Deliverables,
      Messages,
      Invoices,
      AuditEvents,
      EmailDeliveries,
      MessageDigests,
      Counters,
      LegalPages,
      BookingReads,
      Licences,
      ReviewComments,
    ].map(withCollectionLabels),
  ),
  globals: [Pricing, Company, Quotas, Privacy].map(withGlobalLabels),
  db: databaseAdapter({
    env,
    migrations: { sqlite: sqliteMigrations, postgres: postgresMigrations },
  }),
  email: emailAdapter(env),
  jobs: jobsConfig(env),
  sharp,
  upload: {
    // Stream uploads to disk instead of RAM, and refuse (413) rather than truncate oversize files.
    useTempFiles: true,
    tempFileDir: env.uploadTmpDir,
    abortOnLimit: true,
    responseOnLimit: `The file is too large: the limit is ${env.MAX_UPLOAD_MB} MB.`,
    limits: { fileSize: env.MAX_UPLOAD_MB * 1024 * 1024 },
    requestSizeLimit: (env.MAX_UPLOAD_MB + 1) * 1024 * 1024,
  },
  plugins: [
    ...storagePlugins({
      env,
      publicCollections: [slugs.media],
      privateCollections: [slugs.scripts, slugs.deliverables, slugs.invoices, slugs.avatars],
    }),
  ],
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    autoGenerate: false,
  },
  logger: loggerOptions(env.PAYLOAD_LOG_LEVEL ?? 'info'),
  hooks: { afterError: [keepErrorSentence] },
  onInit: async (payload) => {
    secureInternalCollections(payload)
    await bootstrapAdmin({ payload, env })
    await prepareSchedules({ payload, env })
  },
})
