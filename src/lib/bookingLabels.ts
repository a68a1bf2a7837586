import { projectTypes } from '@/domain/catalog'
import type { UsageMedia, UsageRegion, UsageTerm } from '@/domain/pricing'

/** Words people read for the values the booking form and pages show. */
export const usageMediaLabels: Record<UsageMedia, string> = {
  online: 'Online & social',
  radio: 'Radio',
  tv: 'TV',
  cinema: 'Cinema',
  internal: 'Internal use only',
}

export const usageRegionLabels: Record<UsageRegion, string> = {
  local: 'Local',
  regional: 'Regional',
  national: 'National',
  worldwide: 'Worldwide',
}

export const usageTermLabels: Record<UsageTerm, string> = {
  '3_months': '3 months',
  '6_months': '6 months',
  '12_months': '12 months',
  perpetual: 'Perpetual',
}

export const projectTypeLabel = (value: string | null | undefined): string =>
  projectTypes.find((t) => t.value === value)?.label ?? value ?? ''
