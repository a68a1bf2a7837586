import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

/**
 * Payload merges the stored document into `data` before the change hooks run, so a hook can't tell
 * "the request asked for status X" from "X is what's stored". This `beforeOperation` hook records,
 * per request, whether the incoming data itself carried the field — and what it asked for.
 */
const key = (collection: string, field: string) => `incoming:${collection}:${field}`

export const captureIncoming =
  (collection: string, field: string): CollectionBeforeOperationHook =>
  ({ args, operation, req }) => {
    if (operation !== 'update' && operation !== 'updateByID') return args
    const data = (args as { data?: Record<string, unknown> }).data
    if (data && Object.prototype.hasOwnProperty.call(data, field)) {
      req.context[key(collection, field)] = { value: data[field] }
    } else {
      delete req.context[key(collection, field)]
    }
    return args
  }

/**
 * What the current update's incoming data said about `field`, or `undefined` when it didn't mention
 * it. Read once: the record is removed, so a later update in the same request starts clean.
 */
export const takeIncoming = (
  req: PayloadRequest,
  collection: string,
  field: string,
): { value: unknown } | undefined => {
  const k = key(collection, field)
  const found = req.context[k] as { value: unknown } | undefined
  delete req.context[k]
  return found
}
