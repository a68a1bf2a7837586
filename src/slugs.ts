/** Collection and global slugs, used everywhere instead of string literals. */
export const slugs = {
  users: 'users',
  media: 'media',
  voiceovers: 'voiceovers',
  languages: 'languages',
  accents: 'accents',
  bookings: 'bookings',
  scripts: 'scripts',
  auditEvents: 'audit-events',
  deliverables: 'deliverables',
  invoices: 'invoices',
  counters: 'counters',
  emailDeliveries: 'email-deliveries',
  avatars: 'avatars',
  legalPages: 'legal-pages',
  messages: 'messages',
  messageDigests: 'message-digests',
  bookingReads: 'booking-reads',
  licences: 'licences',
  reviewComments: 'review-comments',
} as const

export const globalSlugs = {
  pricing: 'pricing',
  company: 'company',
  quotas: 'quotas',
  privacy: 'privacy',
} as const

export type CollectionSlug = (typeof slugs)[keyof typeof slugs]

export const roles = ['admin', 'customer', 'voiceover'] as const
export type Role = (typeof roles)[number]
