import type { FieldHook } from 'payload'

import { normaliseVatId, vatIdProblem } from '@/domain/vat'
import { UserError } from '@/errors/UserError'
import type { User } from '@/payload-types'

type Billing = NonNullable<User['billing']>

/**
 * `beforeValidate` hook of `billing.vatId`. In: the VAT ID the request carries and the country beside
 * it (or, when only the ID changes, the stored country; `NL` when there is none). Out: the ID as it
 * goes on an invoice (spaces, dots and dashes removed, uppercased; `null` when empty).
 * Throws a 400 `UserError` with the sentence from `vatIdProblem` (src/domain/vat.ts) when the prefix,
 * format or check digits are wrong for that country — reverse charge hangs on this ID.
 * An unchanged ID is left alone (Payload merges the stored document into the request's data, so a
 * request about something else carries it too): an ID stored before the checksum rule must not block
 * unrelated updates.
 */
export const checkVatId: FieldHook<User, string | null | undefined, Billing> = ({
  value,
  siblingData,
  originalDoc,
}) => {
  if (value === undefined || value === originalDoc?.billing?.vatId) return value
  if (value === null || normaliseVatId(value) === '') return null
  const country = siblingData.country ?? originalDoc?.billing?.country ?? 'NL'
  const problem = vatIdProblem({ vatId: value, country })
  if (problem !== null) throw new UserError(problem, 400)
  return normaliseVatId(value)
}
