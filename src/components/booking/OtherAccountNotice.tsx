import { notFound } from 'next/navigation'
import { getTranslations } from 'next-intl/server'

import { LogoutButton } from '@/components/LogoutButton'
import { Link } from '@/i18n/navigation'
import { bookingExists } from '@/lib/bookingOwnership'
import type { User } from '@/payload-types'

/**
 * What the booking page shows a logged-in person who may not see booking `id` (issue 13): when the
 * booking exists, "This booking belongs to another account", who they are logged in as, and a
 * "Log out" button — after which the page sends them to the login page and, once logged in with the
 * right account, back to this booking. A booking that doesn't exist is the page's not-found.
 */
export const OtherAccountNotice = async ({ id, user }: { id: string; user: User }) => {
  if (!(await bookingExists(id))) notFound()
  const t = await getTranslations('timeline.otherAccount')
  return (
    <div className="container narrow not-found" data-testid="other-account">
      <h1>{t('title')}</h1>
      <p>{t('loggedInAs', { email: user.email })}</p>
      <p>{t('text')}</p>
      <p>
        <LogoutButton />
      </p>
      <p>
        <Link href={user.role === 'voiceover' ? '/dashboard' : '/account/bookings'}>
          {t('yourBookings')}
        </Link>
      </p>
    </div>
  )
}
