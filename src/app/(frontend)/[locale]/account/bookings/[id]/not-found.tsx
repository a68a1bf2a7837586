import { Link } from '@/i18n/navigation'

// Next.js requires a default export for not-found files.
export default function BookingNotFound() {
  return (
    <div className="container narrow not-found">
      <h1>Booking not found</h1>
      <p>
        This booking does not exist, or it belongs to another account. If you have more than one
        account, log in with the one you booked with.
      </p>
      <Link href="/account/bookings" className="button">
        Your bookings
      </Link>
    </div>
  )
}
