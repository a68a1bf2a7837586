import { describe, expect, it } from 'vitest'

import { richTextFromMarkdown } from './richText'

const types = (nodes: { type: unknown }[]) => nodes.map((n) => n.type)

describe('richTextFromMarkdown', () => {
  it('should make headings, paragraphs and one list of consecutive items', () => {
    const { root } = richTextFromMarkdown('## Title\n\nFirst.\n- one\n- two\n\n### Sub\nLast.')
    expect(types(root.children)).toEqual(['heading', 'paragraph', 'list', 'heading', 'paragraph'])
    expect(root.children[0]).toMatchObject({ tag: 'h2' })
    expect(root.children[3]).toMatchObject({ tag: 'h3' })
    expect((root.children[2] as unknown as { children: unknown[] }).children).toHaveLength(2)
  })

  it('should turn **bold** into bold text and [label](url) into a link', () => {
    const { root } = richTextFromMarkdown('Mail **us** at [info](mailto:info@example.com).')
    const inline = (root.children[0] as unknown as { children: Record<string, unknown>[] }).children
    expect(inline.map((n) => n.type)).toEqual(['text', 'text', 'text', 'link', 'text'])
    expect(inline[1]).toMatchObject({ text: 'us', format: 1 })
    expect(inline[3]).toMatchObject({
      fields: { linkType: 'custom', url: 'mailto:info@example.com' },
    })
  })
})
