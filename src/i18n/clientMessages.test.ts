import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import {
  APP_CLIENT_NAMESPACES,
  clientMessages,
  pickMessages,
  PUBLIC_CLIENT_NAMESPACES,
} from './clientMessages'

const SRC = path.resolve(__dirname, '..')
const PAGES = path.join(SRC, 'app', '(frontend)', '[locale]')

const resolveImport = (spec: string, from: string): string | null => {
  const base = spec.startsWith('@/')
    ? path.join(SRC, spec.slice(2))
    : spec.startsWith('.')
      ? path.resolve(path.dirname(from), spec)
      : null
  if (!base) return null
  for (const suffix of ['', '.tsx', '.ts', '.mjs', '/index.tsx', '/index.ts']) {
    const file = base + suffix
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return file
  }
  return null
}

const IMPORT =
  /^(?:import|export)\s(?!type\s)[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm
const NAMESPACE = /useTranslations\(\s*(?:['"]([^'"]*)['"])?\s*\)/g

/**
 * Every namespace read with useTranslations in a module that runs in the browser, among the modules
 * the `entries` import (transitively): a module is a browser one when it says 'use client' or is
 * imported by one. `useTranslations()` without a literal namespace counts as '' (everything).
 */
const clientNamespacesOf = (entries: string[]): Set<string> => {
  const found = new Set<string>()
  const visited = new Set<string>()
  const visit = (file: string, inClient: boolean) => {
    const source = fs.readFileSync(file, 'utf8')
    const client = inClient || /^\s*['"]use client['"]/.test(source)
    const key = `${client}:${file}`
    if (visited.has(key)) return
    visited.add(key)
    if (client) for (const m of source.matchAll(NAMESPACE)) found.add(m[1] ?? '')
    for (const m of source.matchAll(IMPORT)) {
      const target = resolveImport((m[1] ?? m[2])!, file)
      if (target) visit(target, client)
    }
  }
  for (const entry of entries) visit(entry, false)
  return found
}

const covered = (namespace: string, by: readonly string[]): boolean =>
  namespace !== '' && by.some((p) => namespace === p || namespace.startsWith(`${p}.`))

const filesUnder = (dir: string): string[] =>
  fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && /\.(tsx?|mjs)$/.test(d.name))
    .map((d) => path.join(d.parentPath, d.name))

describe('client messages', () => {
  it('should cover every namespace the client components of the public pages read', () => {
    const publicEntries = [
      'layout.tsx',
      'page.tsx',
      'not-found.tsx',
      path.join('catalog', '[query]', 'page.tsx'),
      path.join('voiceovers', '[slug]', 'page.tsx'),
      path.join('[...missing]', 'page.tsx'),
      path.join('contact', 'page.tsx'),
      path.join('terms', 'page.tsx'),
      path.join('privacy', 'page.tsx'),
    ].map((p) => path.join(PAGES, p))
    const missing = [...clientNamespacesOf(publicEntries)].filter(
      (ns) => !covered(ns, PUBLIC_CLIENT_NAMESPACES),
    )
    expect(missing).toEqual([])
  })

  it('should give the (app) pages every namespace their client components read', () => {
    const appEntries = filesUnder(path.join(PAGES, '(app)')).filter((f) =>
      /(?:page|layout|not-found|error)\.tsx$/.test(f),
    )
    expect(appEntries.length).toBeGreaterThan(10)
    const missing = [...clientNamespacesOf(appEntries)].filter(
      (ns) => !covered(ns, APP_CLIENT_NAMESPACES),
    )
    expect(missing).toEqual([])
  })

  it('should keep the page files outside (app) to the public ones', () => {
    // A new page at the top level gets only the public messages: list it above, or put it in (app).
    const pages = filesUnder(PAGES)
      .filter((f) => !f.includes(`${path.sep}(app)${path.sep}`) && f.endsWith('page.tsx'))
      .map((f) => path.relative(PAGES, f))
      .sort()
    expect(pages).toEqual(
      [
        'page.tsx',
        path.join('[...missing]', 'page.tsx'),
        path.join('catalog', '[query]', 'page.tsx'),
        path.join('contact', 'page.tsx'),
        path.join('privacy', 'page.tsx'),
        path.join('terms', 'page.tsx'),
        path.join('voiceovers', '[slug]', 'page.tsx'),
      ].sort(),
    )
  })

  it('should pick sub-namespaces into a tree of the same shape', () => {
    const all = {
      auth: { logout: { button: 'Uitloggen' }, login: { title: 'x' } },
      common: { a: 'b' },
    }
    expect(pickMessages(all, ['auth.logout', 'common', 'nothing.here'])).toEqual({
      auth: { logout: { button: 'Uitloggen' } },
      common: { a: 'b' },
    })
  })

  it('should leave the server-only texts out of the public set', () => {
    const picked = clientMessages('nl', PUBLIC_CLIENT_NAMESPACES)
    expect(Object.keys(picked).sort()).toEqual([
      'auth',
      'catalog',
      'common',
      'live',
      'notFound',
      'player',
    ])
    expect(Object.keys(picked.auth as object)).toEqual(['logout'])
    expect(JSON.stringify(picked).length).toBeLessThan(
      JSON.stringify(clientMessages('nl', APP_CLIENT_NAMESPACES)).length / 4,
    )
  })
})
