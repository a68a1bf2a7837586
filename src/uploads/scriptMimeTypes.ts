/** Script formats, as detected from content (file-type); .doc is a CFB container, TXT has no signature. */
export const scriptMimeTypes = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/msword',
  'application/x-cfb',
  'application/vnd.oasis.opendocument.text',
  'application/rtf',
  'text/rtf',
  'text/plain',
]
