import fs from 'node:fs/promises'
import path from 'node:path'

import { env } from '@/env'

// The minified Monaco editor as the monaco-editor package ships it (JavaScript and one stylesheet).
const MIN_DIR = path.join(env.projectRoot, 'node_modules', 'monaco-editor', 'min')

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
}

const notFound = () => new Response('Not Found', { status: 404 })

/**
 * Serves `/monaco-editor/vs/…` from node_modules/monaco-editor/min/vs, so the admin's JSON fields load
 * their editor from our own origin (see src/components/admin/MonacoFromOwnOrigin.tsx). Only `.js` and
 * `.css` files inside that folder are served; anything else, or a path escaping it, is a 404.
 */
export const GET = async (
  _req: Request,
  { params }: { params: Promise<{ path: string[] }> },
): Promise<Response> => {
  const file = path.resolve(MIN_DIR, ...(await params).path)
  const type = CONTENT_TYPES[path.extname(file)]
  if (!type || !file.startsWith(path.join(MIN_DIR, 'vs') + path.sep)) return notFound()
  try {
    const body = await fs.readFile(file)
    return new Response(new Uint8Array(body), {
      headers: { 'content-type': type, 'cache-control': 'public, max-age=3600' },
    })
  } catch {
    return notFound()
  }
}
