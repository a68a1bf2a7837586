import PDFDocument from 'pdfkit'

import { generateWav } from '@/seed/audio'
import { generatePhoto } from '@/seed/photo'

export const wavFile = (seconds = 1, seed = 1): Buffer => generateWav({ seconds, seed })

export const jpegFile = (
  name = 'Test Artist',
  seed = 1,
  width = 240,
  height = 300,
): Promise<Buffer> => generatePhoto({ name, seed, width, height })

/** A small, valid PDF with the given text. */
export const pdfFile = (text = 'INT. STUDIO — Read this line warmly.'): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument()
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.text(text)
    doc.end()
  })

/** A Linux ELF header: an executable, whatever name it is given. */
export const executableFile = (): Buffer =>
  Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(512, 1)])

export const htmlFile = (): Buffer =>
  Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')

/** Multipart form with a file part and plain fields. */
export const formWith = (
  file: { data: Buffer; name: string; type?: string },
  fields: Record<string, string> = {},
): FormData => {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  form.append(
    'file',
    new Blob([new Uint8Array(file.data)], { type: file.type ?? 'application/octet-stream' }),
    file.name,
  )
  return form
}
