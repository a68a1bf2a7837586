import type { PayloadRequest } from 'payload'

import type { DeliverySpec } from '@/domain/deliveryQc'
import { deliverySpecFor } from '@/domain/deliveryQc'
import { globalSlugs } from '@/slugs'

type SpecRow = Partial<DeliverySpec> & { projectType?: string | null }

/**
 * The Pricing global's delivery spec for `projectType` (its row, else the agency's starting spec,
 * `defaultDeliverySpecs`). A system read: the spec is copied onto a booking whoever books, though
 * only admins may read the global over the API.
 */
export const getDeliverySpec = async (
  req: PayloadRequest,
  projectType: string | null | undefined,
): Promise<DeliverySpec> => {
  const doc = (await req.payload.findGlobal({
    slug: globalSlugs.pricing,
    req,
    overrideAccess: true,
    depth: 0,
  })) as { deliverySpecs?: SpecRow[] | null }
  return deliverySpecFor(projectType, doc.deliverySpecs ?? [])
}

/**
 * A booking's own spec (`deliverySpec` group) as a complete `DeliverySpec`: lines left empty — on
 * bookings made before the spec existed — come from the project type's spec.
 */
export const bookingDeliverySpec = async (
  req: PayloadRequest,
  booking: {
    projectType?: string | null
    deliverySpec?: Partial<Record<keyof DeliverySpec, unknown>> | null
  },
): Promise<DeliverySpec> => {
  const fallback = await getDeliverySpec(req, booking.projectType)
  const own = booking.deliverySpec ?? {}
  return Object.fromEntries(
    Object.entries(fallback).map(([key, value]) => {
      const mine = own[key as keyof DeliverySpec]
      return [key, mine === undefined || mine === null ? value : mine]
    }),
  ) as DeliverySpec
}
