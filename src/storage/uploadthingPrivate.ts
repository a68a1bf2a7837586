import fs from 'node:fs'

import type { Adapter } from '@payloadcms/plugin-cloud-storage/types'
import type { CollectionSlug } from 'payload'
import { APIError } from 'payload'
import { UTApi, UTFile } from 'uploadthing/server'

import { adminFieldOnly } from '@/access/adminFieldOnly'

type KeyedDoc = { _key?: string | null; filename?: string | null }

/**
 * Private documents on UploadThing (acl: 'private'). Payload's own UploadThing plugin isn't published
 * for this Payload version, so this small adapter uses the UploadThing SDK directly. Files are
 * streamed from the temp file (fs.openAsBlob), never buffered whole. Downloads are proxied through
 * Payload's access-checked file route with a short-lived signed URL fetched server-side: the browser
 * never sees an UploadThing URL, signed or not.
 */
export const uploadthingPrivateAdapter =
  ({ token }: { token: string }): Adapter =>
  () => {
    const utapi = new UTApi({ token })
    return {
      name: 'uploadthing-private',
      fields: [
        {
          name: '_key',
          type: 'text',
          index: true,
          access: { read: adminFieldOnly, create: () => false, update: () => false },
          admin: { hidden: true },
        },
      ],
      handleUpload: async ({ data, file }) => {
        const blob = file.tempFilePath
          ? await fs.openAsBlob(file.tempFilePath)
          : new Blob([new Uint8Array(file.buffer)])
        const result = await utapi.uploadFiles(
          new UTFile([blob], file.filename, { type: file.mimeType }),
          {
            acl: 'private',
            contentDisposition: 'attachment',
          },
        )
        if (result.error || !result.data) {
          throw new APIError(
            'The file could not be stored; please try again.',
            502,
            undefined,
            true,
          )
        }
        ;(data as KeyedDoc)._key = result.data.key
        return data
      },
      handleDelete: async ({ doc }) => {
        const key = (doc as KeyedDoc)._key
        if (key) await utapi.deleteFiles(key)
      },
      staticHandler: async (req, { doc, headers, params }) => {
        // Admins' access result is `true`, so Payload passes no doc: look it up (access already checked).
        const found =
          (doc as KeyedDoc | undefined) ??
          ((
            await req.payload.find({
              collection: params.collection as CollectionSlug,
              where: { filename: { equals: params.filename } },
              limit: 1,
              depth: 0,
              req,
              overrideAccess: true,
            })
          ).docs[0] as KeyedDoc | undefined)
        const key = found?._key
        if (!key) return new Response(null, { status: 404 })
        const { ufsUrl } = await utapi.generateSignedURL(key, { expiresIn: 60 })
        const range = req.headers.get('range')
        const upstream = await fetch(ufsUrl, { headers: range ? { range } : {} })
        if (!upstream.ok || !upstream.body)
          return new Response(null, { status: upstream.status === 416 ? 416 : 502 })
        const out = new Headers(headers)
        for (const name of [
          'content-type',
          'content-length',
          'content-range',
          'accept-ranges',
          'etag',
        ]) {
          const value = upstream.headers.get(name)
          if (value) out.set(name, value)
        }
        out.set('Cache-Control', 'private, no-store')
        out.set('X-Content-Type-Options', 'nosniff')
        out.set('Content-Disposition', 'attachment')
        return new Response(upstream.body, { status: upstream.status, headers: out })
      },
    }
  }
