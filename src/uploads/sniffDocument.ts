import fsp from 'node:fs/promises'

import yauzl from 'yauzl'

import type { ScriptFormat, ScriptVerdict } from '@/domain/scriptFormat'
import { judgeScriptBytes, judgeZipPackage } from '@/domain/scriptFormat'
import { UserError } from '@/errors/UserError'

const MAX_ZIP_ENTRIES = 10_000
const MAX_INSPECTED_ENTRY_BYTES = 1024 * 1024

/** Reads one small entry as UTF-8, refusing to inflate more than 1 MiB (a zip bomb stays small). */
const readSmallEntry = async (zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<string> => {
  if (entry.uncompressedSize > MAX_INSPECTED_ENTRY_BYTES) throw new Error('entry too large')
  const stream = await zip.openReadStreamPromise(entry)
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_INSPECTED_ENTRY_BYTES) throw new Error('entry too large')
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Lists a ZIP's entries from its central directory (yauzl), so ZIPs written as a stream — data
 * descriptors, any entry order — read like any other, and reads the two entries that say what the
 * package is (`mimetype`, `[Content_Types].xml`).
 */
const judgeZip = async (bytes: Buffer): Promise<ScriptVerdict> => {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.fromBufferPromise(bytes, { lazyEntries: true, autoClose: false })
  } catch {
    return { kind: 'refused', reason: 'damaged' }
  }
  try {
    const entries: string[] = []
    let mimetype: string | undefined
    let contentTypes: string | undefined
    for await (const entry of zip.eachEntry()) {
      if (entries.length >= MAX_ZIP_ENTRIES) return { kind: 'refused', reason: 'zip' }
      entries.push(entry.fileName)
      if (entry.fileName === 'mimetype') mimetype = await readSmallEntry(zip, entry)
      if (entry.fileName === '[Content_Types].xml') {
        contentTypes = await readSmallEntry(zip, entry)
      }
    }
    return judgeZipPackage({ entries, mimetype, contentTypes })
  } catch {
    return { kind: 'refused', reason: 'damaged' }
  } finally {
    zip.close()
  }
}

/**
 * Judges an uploaded script by its content (see `src/domain/scriptFormat.ts` for the rules).
 * Reads the whole temp file: scripts are capped by MAX_SCRIPT_MB before this runs.
 * @param filePath the upload's temp file
 * @returns the MIME type (with charset for text) and extension the script is stored with
 * @throws UserError 415 with the sentence `script.<reason>` (errors catalogue) when the file is not a script
 */
export const sniffScriptFile = async (filePath: string): Promise<ScriptFormat> => {
  const bytes = await fsp.readFile(filePath)
  let verdict = judgeScriptBytes(bytes)
  if (verdict.kind === 'zip') verdict = await judgeZip(bytes)
  if (verdict.kind === 'accepted') return verdict.format
  if (verdict.kind === 'refused') throw new UserError({ key: `script.${verdict.reason}` }, 415)
  throw new UserError({ key: 'script.unknown' }, 415)
}
