// The rules live in publicMedia.mjs (plain JavaScript: the production server imports them too).
export { fileEtag, notModified, PUBLIC_MEDIA_PATH, publicMediaType } from './publicMedia.mjs'
