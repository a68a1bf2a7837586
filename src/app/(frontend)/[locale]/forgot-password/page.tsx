import type { Metadata } from 'next'

import { ForgotPasswordForm } from '@/components/PasswordResetForms'

export const metadata: Metadata = { title: 'Forgot your password?', robots: { index: false } }

// Next.js requires a default export for pages.
export default function ForgotPasswordPage() {
  return (
    <div className="container narrow auth-page">
      <h1>Forgot your password?</h1>
      <p className="muted">
        Enter your email address and we’ll send you a link to choose a new one.
      </p>
      <ForgotPasswordForm />
    </div>
  )
}
