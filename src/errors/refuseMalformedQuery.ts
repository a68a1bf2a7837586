import type { CollectionBeforeOperationHook, Field } from 'payload'

import type { QueryPaths } from '@/domain/queryShape'
import { isWellFormedId, whereProblem } from '@/domain/queryShape'
import { UserError } from '@/errors/UserError'
import { slugs } from '@/slugs'

/**
 * A `beforeOperation` hook every collection gets (see payload.config): an id that can't be one of
 * ours (`/api/voiceovers/abc`, `/api/bookings/versions`) is a 404 like any missing document, and a
 * `where` of the wrong shape (`?where[name][equals][$ne]=x`) is a 400 with the reason — both instead
 * of the database error (500) they caused. Internal Local API calls pass through the same check.
 */
const cache = new WeakMap<readonly Field[], QueryPaths>()

/** Collections whose ids are text (a language code, an accent key) rather than numbers. */
const TEXT_ID_COLLECTIONS: ReadonlySet<string> = new Set([slugs.languages, slugs.accents])
const TEXT_ID = /^[A-Za-z0-9][A-Za-z0-9-]{0,59}$/

const named = (fields: readonly Field[], test: (field: Field) => boolean): string[] =>
  fields.flatMap((field) => ('name' in field && test(field) ? [field.name] : []))

/** Which top-level paths of a collection hold numbers, dates, several values or points. */
const queryPathsOf = (fields: readonly Field[], textIds: boolean): QueryPaths => {
  const known = cache.get(fields)
  if (known) return known
  const isRelation = (f: Field) => f.type === 'relationship' || f.type === 'upload'
  const paths: QueryPaths = {
    numeric: new Set([
      ...(textIds ? [] : ['id']),
      ...named(fields, (f) => {
        const relationTo = (f as { relationTo?: unknown }).relationTo
        return (
          f.type === 'number' ||
          (isRelation(f) && typeof relationTo === 'string' && !TEXT_ID_COLLECTIONS.has(relationTo))
        )
      }),
    ]),
    dates: new Set(['createdAt', 'updatedAt', ...named(fields, (f) => f.type === 'date')]),
    hasMany: new Set(
      named(fields, (f) => Boolean((f as { hasMany?: boolean }).hasMany) || f.type === 'array'),
    ),
    points: new Set(named(fields, (f) => f.type === 'point')),
  }
  cache.set(fields, paths)
  return paths
}

export const refuseMalformedQuery: CollectionBeforeOperationHook = ({ args, collection }) => {
  const { id, where } = args as { id?: unknown; where?: unknown }
  const textIds = TEXT_ID_COLLECTIONS.has(collection.slug)
  const wellFormed = textIds ? typeof id === 'string' && TEXT_ID.test(id) : isWellFormedId(id)
  if (id !== undefined && id !== null && !wellFormed) {
    throw new UserError({ key: 'common.notFound' }, 404)
  }
  const problem = whereProblem(where, queryPathsOf(collection.fields, textIds))
  if (problem) throw new UserError({ key: 'request.malformedQuery', values: { problem } }, 400)
  return args
}
