import Link from 'next/link'

import { checkRole } from '@/access/checkRole'
import { getCurrentUser } from '@/lib/currentUser'

import { LogoutButton } from './LogoutButton'

/** The site-wide header: logo, catalog link, and the account menu for the current user. */
export const SiteHeader = async () => {
  const user = await getCurrentUser()
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="logo" aria-label="14voices, home">
          <svg aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" className="logo__mark">
            <path d="M3 10v4M7 6v12M11 3v18M15 7v10M19 10v4" />
          </svg>
          <span>14voices</span>
        </Link>
        <nav aria-label="Main" className="site-nav">
          <Link href="/">Voice artists</Link>
        </nav>
        <nav aria-label="Account" className="account-nav">
          {user ? (
            <>
              <span className="account-nav__name" title={user.email}>
                {user.name || user.email}
              </span>
              <Link href="/account/bookings">My bookings</Link>
              {checkRole(['voiceover'], user) && <Link href="/dashboard">Dashboard</Link>}
              {checkRole(['admin'], user) && <Link href="/admin">Admin</Link>}
              <Link href="/account/privacy">Your data</Link>
              <LogoutButton />
            </>
          ) : (
            <>
              <Link href="/login">Log in</Link>
              <Link href="/register" className="button button--small">
                Register
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  )
}
