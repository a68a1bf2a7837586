import { safeFragment } from '@/lib/safeNextPath'

/** In the browser: the page's own fragment when it is safe to carry on (`safeFragment`), else ''. */
export const keptFragment = (): string =>
  typeof window === 'undefined' ? '' : safeFragment(window.location.hash)
