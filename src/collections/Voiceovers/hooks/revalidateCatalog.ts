import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

export const CATALOG_CACHE_TAG = 'catalog'

const expireCatalog = async (): Promise<void> => {
  try {
    const { revalidateTag } = await import('next/cache')
    revalidateTag(CATALOG_CACHE_TAG, { expire: 0 })
  } catch {
    // Outside a Next.js request (seed script, CLI, tests) there is no cache to expire.
  }
}

/** Any change to an artist expires the cached catalog and profile pages. */
export const revalidateCatalogAfterChange: CollectionAfterChangeHook = async ({ doc }) => {
  await expireCatalog()
  return doc
}

export const revalidateCatalogAfterDelete: CollectionAfterDeleteHook = async ({ doc }) => {
  await expireCatalog()
  return doc
}
