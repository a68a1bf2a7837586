import { legalMetadata, legalPage } from '@/components/legal/legalRoute'

export const generateMetadata = legalMetadata('privacy')

/** `/[locale]/privacy`: the privacy policy. */
// Next.js requires a default export for pages.
export default legalPage('privacy')
