import type { CollectionBeforeOperationHook, Field, PayloadRequest } from 'payload'

import { UserError } from '@/errors/UserError'

/**
 * The top-level field names a `sort` argument orders by: `'-quotedPrice,createdAt'` or
 * `['-quotedPrice', 'voiceover.name']` → `['quotedPrice', 'createdAt', 'voiceover']`.
 */
export const sortFieldNames = (sort: unknown): string[] => {
  const parts = Array.isArray(sort) ? sort : typeof sort === 'string' ? sort.split(',') : []
  return parts
    .filter((p): p is string => typeof p === 'string')
    .map((p) => p.trim().replace(/^[-+]/, '').split('.')[0])
    .filter(Boolean)
}

const canRead = async (field: Field, req: PayloadRequest): Promise<boolean> => {
  if ('hidden' in field && field.hidden === true) return false
  const read = 'access' in field ? field.access?.read : undefined
  if (!read) return true
  return Boolean(await read({ req }))
}

/**
 * A `beforeOperation` hook every collection gets (see withRequestGuards): sorting by a field the
 * requester may not read (or a hidden one, such as a password hash) is refused with a 400, because the order of the answer would leak the
 * hidden values (an artist sorting bookings by `quotedPrice` learns which customer pays most).
 * Filtering by such a field is already refused by Payload. Calls with `overrideAccess` pass.
 *
 * @throws UserError 400 `request.sortNotAllowed` naming the field.
 */
export const refuseHiddenSort: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'read') return args
  const { sort, overrideAccess } = args as { sort?: unknown; overrideAccess?: boolean }
  // The Local API resolves overrideAccess to true unless a call asks for access checks; REST
  // leaves it undefined, which the operation treats as false.
  if (overrideAccess) return args
  for (const name of sortFieldNames(sort)) {
    const field = collection.fields.find((f) => 'name' in f && f.name === name)
    if (field && !(await canRead(field, req))) {
      throw new UserError({ key: 'request.sortNotAllowed', values: { field: name } }, 400)
    }
  }
  return args
}
