import fsp from 'node:fs/promises'
import path from 'node:path'

import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { put } from '@vercel/blob'

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
 * Writes a derived public file (a demo preview, its peaks) next to the uploads in the public store
 * and returns its public URL. Overwrites a file of the same name, so a job that runs twice leaves
 * one file. Throws the store's error.
 */
export const putPublicFile = async ({
  env,
  filename,
  body,
  contentType,
}: {
  env: Env
  filename: string
  body: Buffer
  contentType: string
}): Promise<string> => {
  const kind = publicStoreKind(env)
  if (kind === 'blob') {
    const blob = await put(filename, body, {
      access: 'public',
      contentType,
      token: env.BLOB_READ_WRITE_TOKEN,
      addRandomSuffix: false,
      allowOverwrite: true,
      cacheControlMaxAge: 31536000,
    })
    return blob.url
  }
  if (kind === 's3') {
    const client = new S3Client({
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      forcePathStyle: env.S3_FORCE_PATH_STYLE || Boolean(env.S3_ENDPOINT),
      credentials: {
        accessKeyId: env.S3_ACCESS_KEY_ID ?? '',
        secretAccessKey: env.S3_SECRET_ACCESS_KEY ?? '',
      },
    })
    await client.send(
      new PutObjectCommand({
        Bucket: env.S3_BUCKET,
        Key: filename,
        Body: body,
        ContentType: contentType,
        ACL: 'public-read',
        CacheControl: 'public, max-age=31536000, immutable',
      }),
    )
    return publicFileURL({ env, filename })
  }
  await fsp.mkdir(env.publicMediaDir, { recursive: true })
  const target = path.join(env.publicMediaDir, filename)
  // Written beside and renamed, so the public route never serves half a file.
  const temp = `${target}.${process.pid}.tmp`
  await fsp.writeFile(temp, body)
  await fsp.rename(temp, target)
  return publicFileURL({ env, filename })
}
