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

/**
 * The first problem in `where` as a sentence naming the path, or null when its shape is sound.
 * `numericPaths` are the paths whose values the database stores as numbers (ids, relationships,
 * number fields): a comparison with a non-number there is refused too.
 */
export const whereProblem = (
  where: unknown,
  numericPaths: ReadonlySet<string> = new Set(['id']),
  at = 'where',
): string | null => {
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
        const problem = whereProblem(sub, numericPaths, `${at}[${key}][${i}]`)
        if (problem) return problem
      }
      continue
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      return `${at}[${key}] must name an operator, e.g. ${at}[${key}][equals]=…`
    }
    for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
      const path = `${at}[${key}][${operator}]`
      if (GEO_OPERATORS.has(operator)) continue
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
        continue
      }
      if (!VALUE_OPERATORS.has(operator)) return `${path}: "${operator}" is not a query operator.`
      if (!isPlain(operand)) return `${path} must be a plain value, not an object or list.`
      if (operator !== 'exists' && numericPaths.has(key) && !isNumeric(operand)) {
        return `${path} must be a number.`
      }
    }
  }
  return null
}

/** True for a document id this project's databases can hold: a positive integer (as number or digits). */
export const isWellFormedId = (id: unknown): boolean =>
  (typeof id === 'number' && Number.isSafeInteger(id) && id > 0) ||
  (typeof id === 'string' && /^[1-9]\d{0,15}$/.test(id))
