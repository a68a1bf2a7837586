import type { Plugin } from 'payload'

import { cloudStoragePlugin } from '@payloadcms/plugin-cloud-storage'
import { s3Storage } from '@payloadcms/storage-s3'
import { vercelBlobStorage } from '@payloadcms/storage-vercel-blob'

import type { Env } from '@/env'
import type { CollectionSlug } from '@/slugs'

import { uploadthingPrivateAdapter } from './uploadthingPrivate'

type StorageArgs = {
  env: Env
  /** Collections whose files are public marketing assets (photos, demos). */
  publicCollections: CollectionSlug[]
  /** Collections whose files are confidential (scripts, deliverables, invoices). */
  privateCollections: CollectionSlug[]
}

const toMap = (slugs: CollectionSlug[]) =>
  Object.fromEntries(slugs.map((s) => [s, true])) as Record<CollectionSlug, true>

const s3Config = (env: Env) => ({
  region: env.S3_REGION,
  endpoint: env.S3_ENDPOINT,
  forcePathStyle: env.S3_FORCE_PATH_STYLE || Boolean(env.S3_ENDPOINT),
  credentials: {
    accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
    secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
  },
})

/**
 * Chooses where files live. Local disk (outside `public/`) unless a cloud store is configured.
 * Public: Vercel Blob when BLOB_READ_WRITE_TOKEN is set, else S3 when S3_BUCKET is set.
 * Private: UploadThing (acl private) when UPLOADTHING_TOKEN is set, else S3 when S3_PRIVATE_BUCKET is set. Every file, public or private, is still served through
 * Payload's access-checked file route (`disablePayloadAccessControl` is never set), so no private
 * file ever gets a public URL.
 */
export const storagePlugins = ({
  env,
  publicCollections,
  privateCollections,
}: StorageArgs): Plugin[] => {
  const useBlob = Boolean(env.BLOB_READ_WRITE_TOKEN)
  const useUploadthing = Boolean(env.UPLOADTHING_TOKEN) && privateCollections.length > 0
  // The S3 and Blob plugins are always registered (enabled or not) with alwaysInsertFields, so the
  // database schema — and the committed migrations — are the same whichever store is configured.
  const plugins: Plugin[] = [
    vercelBlobStorage({
      enabled: useBlob,
      alwaysInsertFields: true,
      collections: toMap(publicCollections),
      token: env.BLOB_READ_WRITE_TOKEN ?? '',
    }),
    s3Storage({
      enabled: !useBlob && Boolean(env.S3_BUCKET),
      alwaysInsertFields: true,
      collections: toMap(publicCollections),
      bucket: env.S3_BUCKET ?? '',
      config: s3Config(env),
    }),
    s3Storage({
      enabled: !useUploadthing && Boolean(env.S3_PRIVATE_BUCKET),
      alwaysInsertFields: true,
      collections: toMap(privateCollections),
      bucket: env.S3_PRIVATE_BUCKET ?? '',
      acl: 'private',
      config: s3Config(env),
    }),
  ]
  if (useUploadthing) {
    const adapter = uploadthingPrivateAdapter({ token: env.UPLOADTHING_TOKEN as string })
    plugins.push(
      cloudStoragePlugin({
        collections: Object.fromEntries(
          privateCollections.map((slug) => [slug, { adapter, disableLocalStorage: true }]),
        ),
      }),
    )
  }
  return plugins
}
