import { notFound } from 'next/navigation'

// Any address no other route claims renders the site's own 404 inside the site layout, per request.
// Without this, Next.js serves its build-time /_not-found page, whose scripts carry no CSP nonce, so
// the browser blocks them (and it would show neither the site's header nor its footer).
// Next.js requires a default export for pages.
export default function MissingPage(): never {
  notFound()
}
