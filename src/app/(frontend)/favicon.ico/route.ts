import fs from 'node:fs/promises'
import path from 'node:path'

/**
 * `GET /favicon.ico`: browsers ask for it on their own (for a PDF or audio file opened in a tab, which
 * has no `<link rel="icon">`). Answers the site's SVG icon (`icon.svg`, which the pages link), which
 * browsers accept under this name, cacheable for a day — instead of a 404 in every such tab.
 */
// Read once at build time (prerendered): the running server needs no source files.
export const dynamic = 'force-static'

export const GET = async (): Promise<Response> => {
  const svg = await fs.readFile(path.join(process.cwd(), 'src/app/(frontend)/icon.svg'))
  return new Response(new Uint8Array(svg), {
    headers: {
      'Content-Type': 'image/svg+xml',
      'Cache-Control': 'public, max-age=86400',
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
