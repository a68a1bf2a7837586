/**
 * The fonts invoices are set in, from npm packages of the Noto family (SIL Open Font License 1.1):
 * - `@embedpdf/fonts-latin`: Noto Sans TTF (Latin incl. all EU languages and Turkish, Greek,
 *   Cyrillic), 0.6 MB per weight;
 * - `@embedpdf/fonts-sc`: Noto Sans SC ("Hans") OTF, 8.4 MB per weight, for CJK: it covers simplified
 *   and traditional Chinese ideographs and Japanese kana and kanji (not Korean Hangul).
 * pdfkit embeds only the glyphs a document uses, so an invoice grows by tens of kilobytes, not
 * megabytes. The files are read and parsed (fontkit, the parser pdfkit itself uses) once per process:
 * parsing them for every document made a render ~15× slower.
 */

import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Font } from 'fontkit'
import { create } from 'fontkit'

export type FontWeight = 'regular' | 'bold'
export type FontFamily = 'main' | 'cjk'

const LATIN_PACKAGE = '@embedpdf/fonts-latin'
const CJK_PACKAGE = '@embedpdf/fonts-sc'

const files: Record<FontFamily, Record<FontWeight, { pkg: string; file: string }>> = {
  main: {
    regular: { pkg: LATIN_PACKAGE, file: 'NotoSans-Regular.ttf' },
    bold: { pkg: LATIN_PACKAGE, file: 'NotoSans-Bold.ttf' },
  },
  cjk: {
    regular: { pkg: CJK_PACKAGE, file: 'NotoSansHans-Regular.otf' },
    bold: { pkg: CJK_PACKAGE, file: 'NotoSansHans-Bold.otf' },
  },
}

/**
 * The package's own folder. The packages export only their JS entry (dist/index.cjs), so the entry is
 * resolved and the fonts are found beside it. Node's resolution from this module works in tests and
 * `next start`; should a bundler have replaced the resolved path with a module id, the project's
 * node_modules is the fallback (both packages are in `serverExternalPackages`).
 */
// Literal specifiers: the bundler warns about (and can't follow) a `resolve` of a variable.
const resolveEntry: Record<string, () => unknown> = {
  [LATIN_PACKAGE]: () => createRequire(import.meta.url).resolve('@embedpdf/fonts-latin'),
  [CJK_PACKAGE]: () => createRequire(import.meta.url).resolve('@embedpdf/fonts-sc'),
}

const packageDir = (pkg: string): string => {
  try {
    const entry: unknown = resolveEntry[pkg]?.()
    if (typeof entry === 'string' && existsSync(entry)) return path.dirname(path.dirname(entry))
  } catch {
    // Fall through to the project's node_modules.
  }
  return path.join(process.cwd(), 'node_modules', pkg)
}

/** Absolute path of a font file; throws when the package isn't installed. */
export const fontPath = (family: FontFamily, weight: FontWeight): string => {
  const { pkg, file } = files[family][weight]
  const found = path.join(packageDir(pkg), 'fonts', file)
  if (!existsSync(found)) throw new Error(`Invoice font ${file} not found (is ${pkg} installed?)`)
  return found
}

/** The font file's bytes. */
export const fontData = (family: FontFamily, weight: FontWeight): Buffer =>
  readFileSync(fontPath(family, weight))

const parsed = new Map<string, Font>()

/**
 * The parsed font for one document. The parse (with its shaping tables) is shared by every document
 * of the process, but fontkit caches glyph objects together with the characters they were first
 * seen for, and pdfkit writes those characters into the PDF's text layer: a glyph first met in one
 * document would be extracted as another document's characters. So each document starts with an
 * empty glyph cache. Throws when the file isn't a single font.
 */
export const loadFont = (family: FontFamily, weight: FontWeight): Font => {
  const key = `${family}-${weight}`
  let font = parsed.get(key)
  if (font === undefined) {
    const created = create(fontData(family, weight))
    if (!('layout' in created)) throw new Error(`Invoice font ${key} is a collection, not a font`)
    font = created
    parsed.set(key, font)
  }
  ;(font as unknown as { _glyphs: Record<number, unknown> })._glyphs = {}
  return font
}

/**
 * Characters set in the CJK font: Han ideographs, kana and bopomofo (by Unicode script), the CJK
 * symbols and punctuation and kana blocks (U+3000–U+30FF, so "、", "。" and "ー" come along), plus
 * full-width forms. Not by script *extensions*: those put Latin-1 punctuation such as the middle dot
 * "·" in Han too, which split the invoice footer into runs that pdfkit centred on top of each other.
 */
const CJK = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Bopomofo}\u3000-\u30FF\uFF00-\uFFEF]/u

export type TextRun = { text: string; family: FontFamily }

/**
 * Splits text into runs of one font family each: CJK characters → the CJK font, everything else
 * (Latin, Greek, Cyrillic, digits, spaces) → the main font. "Studio 声音 Ltd" → three runs.
 */
export const fontRuns = (text: string): TextRun[] =>
  [...text].reduce<TextRun[]>((runs, char) => {
    const family: FontFamily = CJK.test(char) ? 'cjk' : 'main'
    const last = runs[runs.length - 1]
    if (last && last.family === family) last.text += char
    else runs.push({ text: char, family })
    return runs
  }, [])
