import { Link } from '@/i18n/navigation'

// Next.js requires a default export for not-found files.
export default function VoiceoverNotFound() {
  return (
    <div className="container narrow not-found">
      <h1>Voice artist not found</h1>
      <p>This voice artist does not exist or is no longer available.</p>
      <Link href="/" className="button">
        Browse voice artists
      </Link>
    </div>
  )
}
