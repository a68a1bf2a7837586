import type { CollectionConfig } from 'payload'

import { refuseMalformedQuery } from '@/errors/refuseMalformedQuery'
import { fileRouteGuard } from '@/uploads/fileRouteGuard'

/**
 * What every collection of ours gets, in one place rather than in each config: the malformed-query
 * guard runs first among `beforeOperation` hooks, and upload collections read `Range` headers the
 * RFC 9110 way before any other file-route handler (audit, storage adapter) sees them.
 */
export const withRequestGuards = (collections: CollectionConfig[]): CollectionConfig[] =>
  collections.map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [refuseMalformedQuery, ...(collection.hooks?.beforeOperation ?? [])],
    },
    ...(collection.upload
      ? {
          upload: {
            ...(typeof collection.upload === 'object' ? collection.upload : {}),
            handlers: [
              fileRouteGuard,
              ...((typeof collection.upload === 'object' && collection.upload.handlers) || []),
            ],
          },
        }
      : {}),
  }))
