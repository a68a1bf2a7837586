/**
 * The agency's legal pages (terms of service, privacy policy, contact/imprint): what kinds exist and
 * the site path each one lives at. Pure (no Payload import).
 */
export const legalPageKinds = ['terms', 'privacy', 'contact'] as const

/** One of the legal pages the site shows at `/[locale]/<kind>`. */
export type LegalPageKind = (typeof legalPageKinds)[number]

/**
 * The document to show or record for `kind` when the reader's language is `locale`: the one in that
 * language, else the one in the other language (better than none), else `null`. `pages` are the
 * published pages of every kind and language.
 */
export const pickLegalPage = <T extends { kind: string; language: string }>({
  pages,
  kind,
  locale,
}: {
  pages: readonly T[]
  kind: LegalPageKind
  locale: string
}): T | null => {
  const ofKind = pages.filter((p) => p.kind === kind)
  return ofKind.find((p) => p.language === locale) ?? ofKind[0] ?? null
}
