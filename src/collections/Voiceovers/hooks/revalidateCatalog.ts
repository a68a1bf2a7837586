import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { afterCommit } from '@/db/afterCommit'

export const CATALOG_CACHE_TAG = 'catalog'

/**
 * Expires every cached catalog page, profile and their data, on every instance (see
 * expireCacheTags), once the change of `req` has committed (afterCommit): expired from inside the
 * transaction, a visitor's request in between rendered the old rows and cached them for up to the
 * pages' time limit.
 */
// Imported when first needed: the Pricing global registers a hook from here, and modules that read
// pricing (getPricingSettings) must stay importable before the environment is validated.
const expireCatalog = async (req: PayloadRequest): Promise<void> => {
  const { expireCacheTags } = await import('@/cache/expireCacheTags')
  await afterCommit(req, () => expireCacheTags([CATALOG_CACHE_TAG]))
}

/** Any change to an artist (profile, rates, demos, photo) expires the cached catalog and profile
 * pages; registered on the artists and on media (a photo's alt text or a demo's file). */
export const revalidateCatalogAfterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await expireCatalog(req)
  return doc
}

export const revalidateCatalogAfterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await expireCatalog(req)
  return doc
}

/** A changed media file (alt text, replaced file) may be shown on a cached page; a new one is not
 * yet (an artist's change links it, and expires then). */
export const revalidateCatalogAfterMediaUpdate: CollectionAfterChangeHook = async ({
  doc,
  operation,
  req,
}) => {
  if (operation === 'update') await expireCatalog(req)
  return doc
}

/** The pricing rules feed what catalog and profile pages show next to an artist's rates (the
 * booking form's quote): a change expires them like an artist's. Registered on the Pricing global. */
export const revalidateCatalogAfterPricingChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await expireCatalog(req)
  return doc
}
