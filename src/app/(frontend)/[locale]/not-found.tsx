import { Link } from '@/i18n/navigation'

// Next.js requires a default export for not-found files.
export default function PageNotFound() {
  return (
    <div className="container narrow not-found">
      <h1>Page not found</h1>
      <p>There is no page at this address.</p>
      <Link href="/" className="button">
        Browse voice artists
      </Link>
    </div>
  )
}
