/** A page's `searchParams`, as Next.js passes them. */
export type SearchParams = Record<string, string | string[] | undefined>
