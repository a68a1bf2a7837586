import type { CollectionConfig, Endpoint, Payload, PayloadHandler } from 'payload'

import { adminOnly } from '@/access/adminOnly'
import { adminsOwnPreferences } from '@/access/adminsOwnPreferences'
import { checkRole } from '@/access/checkRole'
import { refuseHiddenSort } from '@/errors/refuseHiddenSort'
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
      beforeOperation: [
        refuseMalformedQuery,
        refuseHiddenSort,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
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

/**
 * The same malformed-query guard for the collections Payload adds itself (`payload-locked-documents`,
 * `payload-preferences`, `payload-jobs`, …), which exist only after the config is sanitized — so
 * this runs from `onInit` and adds the hook where it is missing. Without it,
 * `/api/payload-locked-documents/abc` or `?where[key][equals][$ne]=1` on preferences answered 500.
 */
export const guardInternalCollections = (payload: Payload): void => {
  for (const { config } of Object.values(payload.collections)) {
    const hooks = (config.hooks.beforeOperation ??= [])
    if (!hooks.includes(refuseMalformedQuery)) hooks.unshift(refuseMalformedQuery)
  }
}

/**
 * Payload's `payload-locked-documents` (who is editing what in the admin panel) lets any logged-in
 * user list every lock and create locks on any document, naming any user. Only the admin panel uses
 * it, and only admins may enter the panel, so from `onInit` every operation on it is admin-only.
 */
export const restrictLockedDocuments = (payload: Payload): void => {
  const locks = payload.collections['payload-locked-documents']?.config
  if (!locks) return
  Object.assign(locks.access, {
    read: adminOnly,
    create: adminOnly,
    update: adminOnly,
    delete: adminOnly,
  })
}

const adminsOnlyHandler =
  (handler: PayloadHandler): PayloadHandler =>
  (req) =>
    checkRole(['admin'], req.user)
      ? handler(req)
      : Response.json(
          { errors: [{ message: 'You are not allowed to perform this action.' }] },
          { status: 403 },
        )

/**
 * Payload's `payload-preferences` lets every logged-in user create preferences, and its by-key
 * routes (`GET`/`POST`/`DELETE /api/payload-preferences/:key`) write the database directly, skipping
 * access control — so any customer could store arbitrary JSON there. Only the admin panel uses
 * preferences: from `onInit`, every operation is limited to an admin's own preferences
 * (`adminsOwnPreferences`), and the by-key routes answer 403 to everyone but admins.
 */
export const restrictPreferences = (payload: Payload): void => {
  const preferences = payload.collections['payload-preferences']?.config
  if (!preferences) return
  Object.assign(preferences.access, {
    read: adminsOwnPreferences,
    create: adminOnly,
    update: adminsOwnPreferences,
    delete: adminsOwnPreferences,
  })
  if (!Array.isArray(preferences.endpoints)) return
  preferences.endpoints = preferences.endpoints.map((endpoint): Endpoint =>
    endpoint.path === '/:key'
      ? { ...endpoint, handler: adminsOnlyHandler(endpoint.handler) }
      : endpoint,
  )
}

/**
 * Payload's `payload-jobs-stats` global (added because a task has a `schedule`: it remembers when
 * each schedule last queued its job) gets Payload's default global access — any logged-in user may
 * read and update it, and so stop the retention sweep from being scheduled. From `onInit` it is
 * admin-only; the scheduler itself writes it as the system.
 */
export const restrictJobStats = (payload: Payload): void => {
  const stats = payload.globals.config.find((g) => g.slug === 'payload-jobs-stats')
  if (!stats) return
  Object.assign(stats.access, { read: adminOnly, update: adminOnly, readVersions: adminOnly })
}

/** Everything `onInit` sets on the collections and globals Payload adds itself. */
export const secureInternalCollections = (payload: Payload): void => {
  guardInternalCollections(payload)
  restrictLockedDocuments(payload)
  restrictPreferences(payload)
  restrictJobStats(payload)
}
