import { legalMetadata, legalPage } from '@/components/legal/legalRoute'

export const generateMetadata = legalMetadata('terms')

/** `/[locale]/terms`: the terms of service customers accept when they book. */
// Next.js requires a default export for pages.
export default legalPage('terms')
