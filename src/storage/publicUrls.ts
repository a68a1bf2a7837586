import { PUBLIC_MEDIA_PATH } from '@/domain/publicMedia'
import type { Env } from '@/env'

/** Where public media (photos, demos and their previews) is stored, chosen as in storagePlugins. */
export type PublicStoreKind = 'local' | 'blob' | 's3'

/** Vercel Blob when its token is set, else S3 when S3_BUCKET is set, else local disk. */
export const publicStoreKind = (env: Env): PublicStoreKind =>
  env.BLOB_READ_WRITE_TOKEN ? 'blob' : env.S3_BUCKET ? 's3' : 'local'

/**
 * The public base URL of the public S3 bucket, without a trailing slash: S3_PUBLIC_URL (a CDN) if
 * set, else the configured endpoint with the bucket as path, else the bucket's AWS address.
 */
export const s3PublicBase = (env: Env): string => {
  const base =
    env.S3_PUBLIC_URL ??
    (env.S3_ENDPOINT
      ? `${env.S3_ENDPOINT.replace(/\/+$/, '')}/${env.S3_BUCKET}`
      : `https://${env.S3_BUCKET}.s3.${env.S3_REGION}.amazonaws.com`)
  return base.replace(/\/+$/, '')
}

/**
 * The URL a page links a stored public file by: `SERVER_URL/media/<name>` on local disk (served by
 * the route in app/(frontend)/media), the bucket's (CDN) URL on S3. Not for Vercel Blob, whose URLs
 * carry the store id and are returned by the store itself.
 */
export const publicFileURL = ({ env, filename }: { env: Env; filename: string }): string =>
  publicStoreKind(env) === 's3'
    ? `${s3PublicBase(env)}/${encodeURIComponent(filename)}`
    : `${env.SERVER_URL.replace(/\/+$/, '')}${PUBLIC_MEDIA_PATH}/${encodeURIComponent(filename)}`

/**
 * The origin pages load public media from when it is not our own: the S3 bucket's (or its CDN's)
 * origin, or Vercel Blob's public host. `null` on local disk.
 */
export const publicMediaOrigin = (env: Env): string | null => {
  const kind = publicStoreKind(env)
  if (kind === 's3') return new URL(s3PublicBase(env)).origin
  if (kind === 'blob') {
    const storeId = /^vercel_blob_rw_([a-z\d]+)_/i.exec(env.BLOB_READ_WRITE_TOKEN ?? '')?.[1]
    return storeId
      ? `https://${storeId.toLowerCase()}.public.blob.vercel-storage.com`
      : 'https://*.public.blob.vercel-storage.com'
  }
  return null
}
