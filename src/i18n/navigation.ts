import { createNavigation } from 'next-intl/navigation'

import { routing } from './routing'

/**
 * Locale-aware `Link`, `redirect`, `usePathname`, `useRouter` and `getPathname`: hrefs are written
 * without the language (`/account/bookings`) and get the current one (`/en/account/bookings`).
 */
export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing)
