/**
 * Checks the shape of a REST `where` query and of a document id before they reach the database, so a
 * client's malformed query is a 400 with a sentence instead of a database error (500). Pure.
 *
 * Rules (Payload's query language, docs "Queries"): `and`/`or` hold arrays of where objects; any other
 * key is a field path holding `{ operator: value }`; the value of `in`, `not_in` and `all` is a list
 * (array or comma-separated string) of plain values, of `near`/`within`/`intersects` anything
 * (geo), and of every other operator one plain value (string, number, boolean or null) — never an
 * object such as `{ "$ne": "x" }`.
 */

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
export const VALUE_OPERATORS = new Set([
  'equals',
  'not_equals',
  'like',
  'not_like',
  'contains',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'exists',
])

const isPlain = (v: unknown) =>
  v === null || ['string', 'number', 'boolean'].includes(typeof v) || v instanceof Date

const isNumeric = (v: unknown) =>
  v === null ||
  (typeof v === 'number' && Number.isFinite(v)) ||
  (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()))

const isDate = (v: unknown) =>
  v === null ||
  v instanceof Date ||
  ((typeof v === 'string' || typeof v === 'number') && !Number.isNaN(new Date(v).getTime()))

/** What the collection's schema says about its top-level paths, for the value checks. */
export type QueryPaths = {
  /** Stored as numbers: ids, relationships, number fields. */
  numeric: ReadonlySet<string>
  /** Stored as timestamps: date fields, createdAt, updatedAt. */
  dates: ReadonlySet<string>
  /** Hold several values (hasMany), the only paths `all` applies to. */
  hasMany: ReadonlySet<string>
  /** Geographic points, the only paths `near`, `within` and `intersects` apply to. */
  points: ReadonlySet<string>
}

const none = new Set<string>()
const defaultPaths: QueryPaths = {
  numeric: new Set(['id']),
  dates: new Set(['createdAt', 'updatedAt']),
  hasMany: none,
  points: none,
}

/**
 * The first problem in `where` as a sentence naming the path, or null when its shape is sound.
 * `paths` tells which paths hold numbers, dates, several values or points: a comparison with a value
 * of the wrong kind there is refused too, as is an operator that doesn't apply to the path.
 */
export const whereProblem = (
  where: unknown,
  paths: QueryPaths = defaultPaths,
  at = 'where',
): string | null => {
  const numericPaths = paths.numeric
  if (where === undefined || where === null) return null
  if (typeof where !== 'object' || Array.isArray(where)) return `${at} must be an object.`
  for (const [key, value] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      const list = Array.isArray(value)
        ? value
        : value && typeof value === 'object'
          ? Object.values(value)
          : null
      if (!list) return `${at}[${key}] must be a list of conditions.`
      for (const [i, sub] of list.entries()) {
        const problem = whereProblem(sub, paths, `${at}[${key}][${i}]`)
        if (problem) return problem
      }
      continue
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      return `${at}[${key}] must name an operator, e.g. ${at}[${key}][equals]=…`
    }
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
      const path = `${at}[${key}][${operator}]`
      if (GEO_OPERATORS.has(operator)) {
        if (paths.points.has(key)) continue
        return `${path}: "${operator}" applies only to geographic points.`
      }
      if (operator === 'all' && !paths.hasMany.has(key)) {
        return `${path}: "all" applies only to fields that hold several values.`
      }
      if (LIST_OPERATORS.has(operator)) {
        const items = Array.isArray(operand)
          ? operand
          : operand && typeof operand === 'object'
            ? Object.values(operand)
            : [operand]
        if (!items.every(isPlain)) return `${path} must be a list of plain values.`
        const listed = items.flatMap((item) =>
          typeof item === 'string' ? item.split(',') : [item],
        )
        if (numericPaths.has(key) && !listed.every(isNumeric)) return `${path} must list numbers.`
        if (paths.dates.has(key) && !listed.every(isDate)) return `${path} must list dates.`
        continue
      }
      if (!VALUE_OPERATORS.has(operator)) return `${path}: "${operator}" is not a query operator.`
      if (!isPlain(operand)) return `${path} must be a plain value, not an object or list.`
      if (operator !== 'exists' && numericPaths.has(key) && !isNumeric(operand)) {
        return `${path} must be a number.`
      }
      if (operator !== 'exists' && paths.dates.has(key) && !isDate(operand)) {
        return `${path} must be a date, e.g. 2026-12-01 or 2026-12-01T09:00:00Z.`
      }
    }
  }
  return null
}

/**
 * The first problem in the REST query string that Payload would turn into a 500, or null: `where` or
 * `data` given as a string that isn't JSON (Payload `JSON.parse`s it), `limit`/`depth` that aren't
 * whole numbers ≥ 0, `page` that isn't a whole number ≥ 1.
 */
export const searchParamsProblem = (params: URLSearchParams): string | null => {
  for (const key of ['where', 'data']) {
    const raw = params.get(key)
    if (raw) {
      try {
        JSON.parse(raw)
      } catch {
        return key === 'where'
          ? 'where must be JSON, or use the bracket form (where[name][equals]=…).'
          : 'data must be JSON.'
      }
    }
  }
  for (const [key, min] of [
    ['limit', 0],
    ['depth', 0],
    ['page', 1],
  ] as const) {
    const raw = params.get(key)
    if (raw !== null && raw !== '' && !(/^\d{1,9}$/.test(raw) && Number(raw) >= min)) {
      return `${key} must be a whole number of at least ${min}.`
    }
  }
  return null
}

/** True for a document id this project's databases can hold: a positive integer (as number or digits). */
export const isWellFormedId = (id: unknown): boolean =>
  (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) ||
  (typeof id === 'string' && /^[1-9]\d{0,15}$/.test(id))
