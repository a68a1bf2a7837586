import type { CollectionBeforeOperationHook, Field } from 'payload'

import { isWellFormedId, whereProblem } from '@/domain/queryShape'
import { UserError } from '@/errors/UserError'

/**
 * A `beforeOperation` hook every collection gets (see payload.config): an id that can't be one of
 * ours (`/api/voiceovers/abc`, `/api/bookings/versions`) is a 404 like any missing document, and a
 * `where` of the wrong shape (`?where[name][equals][$ne]=x`) is a 400 with the reason — both instead
 * of the database error (500) they caused. Internal Local API calls pass through the same check.
 */
const cache = new WeakMap<readonly Field[], Set<string>>()

const numericPathsOf = (fields: readonly Field[]): Set<string> => {
  const known = cache.get(fields)
  if (known) return known
  const paths = new Set([
    'id',
    ...fields.flatMap((field) =>
      'name' in field &&
      (field.type === 'number' ||
        ((field.type === 'relationship' || field.type === 'upload') &&
          typeof field.relationTo === 'string'))
        ? [field.name]
        : [],
    ),
  ])
  cache.set(fields, paths)
  return paths
}

export const refuseMalformedQuery: CollectionBeforeOperationHook = ({ args, collection }) => {
  const { id, where } = args as { id?: unknown; where?: unknown }
  if (id !== undefined && id !== null && !isWellFormedId(id)) {
    throw new UserError('Not Found', 404)
  }
  const problem = whereProblem(where, numericPathsOf(collection.fields))
  if (problem) throw new UserError(`This query is malformed: ${problem}`, 400)
  return args
}
