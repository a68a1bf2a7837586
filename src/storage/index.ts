import type { Plugin } from 'payload'

import { cloudStoragePlugin } from '@payloadcms/plugin-cloud-storage'
import { s3Storage } from '@payloadcms/storage-s3'
import { vercelBlobStorage } from '@payloadcms/storage-vercel-blob'

import type { Env } from '@/env'
import type { CollectionSlug } from '@/slugs'

import { s3PublicBase } from './publicUrls'
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

const toOptions = <T>(slugs: CollectionSlug[], options: T) =>
  Object.fromEntries(slugs.map((s) => [s, options])) as Record<CollectionSlug, T>

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
 * Private: UploadThing (acl private) when UPLOADTHING_TOKEN is set, else S3 when S3_PRIVATE_BUCKET is set.
 * Public files in a cloud store are linked at the store's (CDN) URL directly
 * (`disablePayloadAccessControl` on the public plugins only, S3 objects `public-read`, see
 * s3PublicBase); on local disk the Media collection links them to the `/media/` route. Private
 * files are always served through Payload's access-checked file route and never get a public URL.
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
      // Public files only: pages link the Blob store's CDN URL, not Payload's file route.
      collections: toOptions(publicCollections, { disablePayloadAccessControl: true }),
      token: env.BLOB_READ_WRITE_TOKEN ?? '',
      cacheControlMaxAge: 31536000,
    }),
    s3Storage({
      enabled: !useBlob && Boolean(env.S3_BUCKET),
      alwaysInsertFields: true,
      // Public files only: readable by anyone at the bucket's (CDN) URL, which pages link directly.
      collections: toOptions(publicCollections, {
        disablePayloadAccessControl: true,
        generateFileURL: ({ filename, prefix }) =>
          [s3PublicBase(env), prefix, encodeURIComponent(filename)].filter(Boolean).join('/'),
      }),
      bucket: env.S3_BUCKET ?? '',
      acl: 'public-read',
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
