import type { Access } from 'payload'

/** Returns `false`: no API caller may do this, not even an admin (system code uses the Local API). */
export const nobody: Access = () => false
