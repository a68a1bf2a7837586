/**
 * Allowed content types. Payload detects the type from the file's bytes (file-type) and checks it
 * against these lists; the name and the client's Content-Type are not trusted.
 */
export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif']

export const demoAudioMimeTypes = [
  'audio/mpeg',
  'audio/wav',
  'audio/x-wav',
  'audio/vnd.wave',
  'audio/ogg',
  'audio/opus',
  'audio/mp4',
  'audio/x-m4a',
  'audio/m4a',
]
