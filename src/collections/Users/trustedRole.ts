/**
 * Context flag that trusted system code (seed, the admin bootstrap, tests' scenario builders) sets
 * to keep the role it passes; `assignRole` reads it. A module of its own, free of `@/env`, so test
 * helpers can import it before a test has set up its environment.
 */
export const TRUSTED_ROLE = 'trustedRole'
