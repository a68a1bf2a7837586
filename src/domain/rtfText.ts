/**
 * The plain text of an RTF document, for counting a script's words. Pure: no Payload import.
 *
 * Why our own: the RTF-to-text packages on npm are unmaintained (last releases years ago) and most
 * render HTML. Counting needs only the text, which RTF 1.9.1 makes simple to get: skip control words
 * and destinations that hold no body text (font and colour tables, styles, pictures, `{\*…}`
 * groups, headers/footers, fields' instructions), turn `\par`, `\line`, `\tab` and `\cell` into
 * whitespace, and decode `\'hh` (in the document's ANSI code page, Windows-1252 unless `\ansicpgN`
 * says otherwise), `\uN` (with its `\ucN` fallback characters skipped) and the escaped `\{ \} \\`.
 */

/** Destinations whose content is not part of the spoken text. */
const SKIPPED_DESTINATIONS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'info',
  'pict',
  'object',
  'header',
  'headerl',
  'headerr',
  'headerf',
  'footer',
  'footerl',
  'footerr',
  'footerf',
  'fldinst',
  'listtable',
  'listoverridetable',
  'revtbl',
  'rsidtbl',
  'generator',
  'xmlnstbl',
  'themedata',
  'colorschememapping',
  'latentstyles',
  'datastore',
  'filetbl',
  'pgdsctbl',
])

/** Control words that stand for whitespace or a character. */
const SPECIAL: Record<string, string> = {
  par: '\n',
  line: '\n',
  sect: '\n',
  page: '\n',
  row: '\n',
  cell: ' ',
  tab: '\t',
  emdash: '—',
  endash: '–',
  bullet: '•',
  lquote: '‘',
  rquote: '’',
  ldblquote: '“',
  rdblquote: '”',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
}

type Group = { skip: boolean; uc: number }

/**
 * Extracts the text of `rtf` (the document as a string, one char per byte: read it as Latin-1).
 * Returns the text with paragraphs on their own lines. Never throws on malformed input: unbalanced
 * braces are tolerated, unknown control words ignored.
 */
export const rtfToText = (rtf: string): string => {
  const codePage = /\\ansicpg(\d+)/.exec(rtf)?.[1] ?? '1252'
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(`windows-${codePage}`)
  } catch {
    decoder = new TextDecoder('windows-1252')
  }
  const out: string[] = []
  const pendingBytes: number[] = []
  const flushBytes = () => {
    if (pendingBytes.length === 0) return
    out.push(decoder.decode(new Uint8Array(pendingBytes)))
    pendingBytes.length = 0
  }
  const emit = (text: string) => {
    flushBytes()
    out.push(text)
  }

  const stack: Group[] = []
  let group: Group = { skip: false, uc: 1 }
  let skipFallback = 0
  let i = 0
  while (i < rtf.length) {
    const ch = rtf[i]
    if (ch === '{') {
      stack.push(group)
      group = { ...group }
      i++
      // `{\*\dest …}`: an optional destination the reader may ignore.
      if (rtf.startsWith('\\*', i)) group.skip = true
      continue
    }
    if (ch === '}') {
      group = stack.pop() ?? { skip: false, uc: 1 }
      i++
      continue
    }
    if (ch === '\\') {
      const next = rtf[i + 1]
      if (next === undefined) break
      if (next === '\\' || next === '{' || next === '}') {
        if (!group.skip) emit(next)
        i += 2
        continue
      }
      if (next === "'") {
        const byte = parseInt(rtf.slice(i + 2, i + 4), 16)
        i += 4
        if (skipFallback > 0) {
          skipFallback--
          continue
        }
        if (!group.skip && !Number.isNaN(byte)) pendingBytes.push(byte)
        continue
      }
      if (next === '~') {
        if (!group.skip) emit('\u00a0')
        i += 2
        continue
      }
      if (next === '-' || next === '_') {
        if (!group.skip && next === '_') emit('-')
        i += 2
        continue
      }
      if (next === '\n' || next === '\r') {
        if (!group.skip) emit('\n')
        i += 2
        continue
      }
      const match = /^([a-zA-Z]{1,32})(-?\d{1,10})? ?/.exec(rtf.slice(i + 1, i + 48))
      if (!match) {
        i += 2
        continue
      }
      i += 1 + match[0].length
      const word = match[1]
      const param = match[2] === undefined ? null : Number(match[2])
      if (SKIPPED_DESTINATIONS.has(word)) {
        group.skip = true
        continue
      }
      if (word === 'uc' && param !== null) {
        group.uc = param
        continue
      }
      if (word === 'u' && param !== null) {
        if (!group.skip) emit(String.fromCharCode(param < 0 ? param + 65536 : param))
        skipFallback = group.uc
        continue
      }
      if (!group.skip && SPECIAL[word] !== undefined) emit(SPECIAL[word])
      continue
    }
    if (ch === '\r' || ch === '\n') {
      i++
      continue
    }
    if (skipFallback > 0) {
      skipFallback--
      i++
      continue
    }
    if (!group.skip) pendingBytes.push(ch.charCodeAt(0) & 0xff)
    i++
  }
  flushBytes()
  return out.join('')
}
