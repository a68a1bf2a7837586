const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' })
const wholeEuro = new Intl.NumberFormat('nl-NL', {
  style: 'currency',
  currency: 'EUR',
  minimumFractionDigits: 0,
  maximumFractionDigits: 0,
})

/** Formats integer euro cents for display: 12500 → "€ 125,00"; whole amounts drop the cents. */
export const formatEuroCents = (cents: number): string =>
  cents % 100 === 0 ? wholeEuro.format(cents / 100) : euro.format(cents / 100)

/** The lowest positive rate among the artist's base rates, or `null` when none is set. */
export const lowestRateCents = (
  rates: Partial<Record<string, number | null | undefined>> | null | undefined,
): number | null => {
  const values = Object.values(rates ?? {}).filter(
    (v): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0,
  )
  return values.length > 0 ? Math.min(...values) : null
}
