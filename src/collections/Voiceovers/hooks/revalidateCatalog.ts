import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
} from 'payload'

export const CATALOG_CACHE_TAG = 'catalog'

/** Expires every cached catalog page, profile and their data, on every instance (see expireCacheTags). */
// Imported when first needed: the Pricing global registers a hook from here, and modules that read
// pricing (getPricingSettings) must stay importable before the environment is validated.
const expireCatalog = async (): Promise<void> => {
  const { expireCacheTags } = await import('@/cache/expireCacheTags')
  await expireCacheTags([CATALOG_CACHE_TAG])
}

/** Any change to an artist (profile, rates, demos, photo) expires the cached catalog and profile
 * pages; registered on the artists and on media (a photo's alt text or a demo's file). */
export const revalidateCatalogAfterChange: CollectionAfterChangeHook = async ({ doc }) => {
  await expireCatalog()
  return doc
}

export const revalidateCatalogAfterDelete: CollectionAfterDeleteHook = async ({ doc }) => {
  await expireCatalog()
  return doc
}

/** A changed media file (alt text, replaced file) may be shown on a cached page; a new one is not
 * yet (an artist's change links it, and expires then). */
export const revalidateCatalogAfterMediaUpdate: CollectionAfterChangeHook = async ({
  doc,
  operation,
}) => {
  if (operation === 'update') await expireCatalog()
  return doc
}

/** The pricing rules feed what catalog and profile pages show next to an artist's rates (the
 * booking form's quote): a change expires them like an artist's. Registered on the Pricing global. */
export const revalidateCatalogAfterPricingChange: GlobalAfterChangeHook = async ({ doc }) => {
  await expireCatalog()
  return doc
}
