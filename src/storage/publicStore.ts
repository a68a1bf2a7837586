import fsp from 'node:fs/promises'
import path from 'node:path'

import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3'
import { put } from '@vercel/blob'

import type { Env } from '@/env'

import { publicFileURL, publicStoreKind } from './publicUrls'

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
