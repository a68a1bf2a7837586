/**
 * Photo types Media accepts, as detected from the bytes (file-type) by `acceptAudioUpload`; audio is
 * judged by its content there too (see `domain/audioDecision.ts`), never by name or label.
 */
export const imageMimeTypes = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const
