// The rule lives in byteRange.mjs (plain JavaScript: the production server imports it too).
export type { ByteRange } from './byteRange.mjs'
export { resolveByteRange } from './byteRange.mjs'
