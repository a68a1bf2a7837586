import type { LegalPage } from '@/payload-types'

/** A Lexical editor state, as Payload stores a rich-text field. */
export type RichText = LegalPage['body']

type Node = { type: string; version: number; [key: string]: unknown }

const IS_BOLD = 1

const text = (value: string, format = 0): Node => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})

const block = { direction: 'ltr', format: '', indent: 0 } as const

/** Inline markup: `**bold**` and `[label](url)`; everything else is plain text. */
const inline = (line: string): Node[] => {
  const nodes: Node[] = []
  const pattern = /\*\*(.+?)\*\*|\[(.+?)\]\((.+?)\)/g
  let last = 0
  for (const match of line.matchAll(pattern)) {
    if (match.index > last) nodes.push(text(line.slice(last, match.index)))
    if (match[1] !== undefined) nodes.push(text(match[1], IS_BOLD))
    else
      nodes.push({
        type: 'link',
        version: 3,
        ...block,
        fields: { linkType: 'custom', url: match[3], newTab: false },
        children: [text(match[2] as string)],
      })
    last = match.index + match[0].length
  }
  if (last < line.length) nodes.push(text(line.slice(last)))
  return nodes
}

const paragraph = (line: string): Node => ({
  type: 'paragraph',
  version: 1,
  ...block,
  textFormat: 0,
  textStyle: '',
  children: inline(line),
})

const heading = (tag: 'h2' | 'h3', line: string): Node => ({
  type: 'heading',
  version: 1,
  ...block,
  tag,
  children: inline(line),
})

const list = (items: string[]): Node => ({
  type: 'list',
  version: 1,
  ...block,
  listType: 'bullet',
  tag: 'ul',
  start: 1,
  children: items.map((item, i) => ({
    type: 'listitem',
    version: 1,
    ...block,
    value: i + 1,
    children: inline(item),
  })),
})

/**
 * A Lexical rich-text value (what the admin's editor saves) from a small subset of Markdown, for
 * seed content written as plain text: `## ` and `### ` headings, `- ` bullet items (consecutive
 * items form one list), other lines as paragraphs, inline `**bold**` and `[label](url)` links.
 * Blank lines separate blocks. Input: the text; output: the editor state.
 */
export const richTextFromMarkdown = (markdown: string): RichText => {
  const children: Node[] = []
  let items: string[] = []
  const flush = () => {
    if (items.length > 0) children.push(list(items))
    items = []
  }
  for (const raw of markdown.split('\n')) {
    const line = raw.trim()
    if (line.startsWith('- ')) {
      items.push(line.slice(2))
      continue
    }
    flush()
    if (line === '') continue
    if (line.startsWith('### ')) children.push(heading('h3', line.slice(4)))
    else if (line.startsWith('## ')) children.push(heading('h2', line.slice(3)))
    else children.push(paragraph(line))
  }
  flush()
  return { root: { type: 'root', version: 1, ...block, children } }
}
