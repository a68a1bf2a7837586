import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'

import { defaultLocale, locales } from '../locales'
import { messages } from '.'

type Tree = { [key: string]: string | Tree }

/** Every leaf of a catalogue as `namespace.path.key` → message. */
const leaves = (tree: Tree, prefix = ''): Map<string, string> => {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(path, value)
    else for (const [k, v] of leaves(value, path)) out.set(k, v)
  }
  return out
}

/** The argument names an ICU message uses (`{name}`, `{n, plural, …}`, `<b>…</b>` tags). */
const argumentsOf = (elements: MessageFormatElement[], into = new Set<string>()): Set<string> => {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue
    into.add(element.value)
    if (element.type === TYPE.tag) argumentsOf(element.children, into)
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) argumentsOf(option.value, into)
  }
  return into
}

const catalogues = Object.fromEntries(
  locales.map((locale) => [locale, leaves(messages[locale] as unknown as Tree)]),
)
const reference = catalogues[defaultLocale]!

describe('message catalogues', () => {
  it.each(locales.filter((l) => l !== defaultLocale))(
    'should have every Dutch key in %s and no key Dutch lacks',
    (locale) => {
      const other = catalogues[locale]!
      expect([...reference.keys()].filter((k) => !other.has(k))).toEqual([])
      expect([...other.keys()].filter((k) => !reference.has(k))).toEqual([])
    },
  )

  it.each(locales)('should hold only valid, non-empty ICU messages in %s', (locale) => {
    for (const [key, message] of catalogues[locale]!) {
      expect(message.trim(), key).not.toBe('')
      expect(() => parse(message), key).not.toThrow()
    }
  })

  it.each(locales.filter((l) => l !== defaultLocale))(
    'should use the same arguments in %s as in Dutch',
    (locale) => {
      for (const [key, message] of catalogues[locale]!) {
        const dutch = reference.get(key)
        if (dutch === undefined) continue
        expect([...argumentsOf(parse(message))].sort(), key).toEqual(
          [...argumentsOf(parse(dutch))].sort(),
        )
      }
    },
  )
})
