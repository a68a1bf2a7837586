import type { Access } from 'payload'

/** Returns `true`: public data. */
export const anyone: Access = () => true
