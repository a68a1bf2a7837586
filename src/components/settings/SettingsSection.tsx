import type { ReactNode } from 'react'

/** One titled block of the settings page (heading linked to the section for screen readers). */
export const SettingsSection = ({
  id,
  title,
  children,
}: {
  id: string
  title: string
  children: ReactNode
}) => (
  <section aria-labelledby={`${id}-heading`} className="settings-section">
    <h2 id={`${id}-heading`}>{title}</h2>
    {children}
  </section>
)
