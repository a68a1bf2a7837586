/** Vocabulary shared by the catalog, the booking form and pricing. Pure data, no Payload import. */

export const projectTypes = [
  { value: 'commercial', label: 'Commercial' },
  { value: 'narration', label: 'Narration' },
  { value: 'e_learning', label: 'E-learning' },
  { value: 'corporate', label: 'Corporate' },
  { value: 'ivr', label: 'IVR / telephony' },
  { value: 'animation', label: 'Animation / character' },
  { value: 'audiobook', label: 'Audiobook' },
  { value: 'documentary', label: 'Documentary' },
] as const
export type ProjectType = (typeof projectTypes)[number]['value']

export const demoCategories = [
  { value: 'commercial', label: 'Commercial' },
  { value: 'narration', label: 'Narration' },
  { value: 'e_learning', label: 'E-learning' },
  { value: 'character', label: 'Character' },
  { value: 'corporate', label: 'Corporate' },
  { value: 'ivr', label: 'IVR / telephony' },
] as const

export const languages = [
  { value: 'nl', label: 'Dutch' },
  { value: 'nl-BE', label: 'Flemish' },
  { value: 'en', label: 'English' },
  { value: 'de', label: 'German' },
  { value: 'fr', label: 'French' },
  { value: 'es', label: 'Spanish' },
  { value: 'it', label: 'Italian' },
] as const
export type LanguageCode = (typeof languages)[number]['value']

export const genders = [
  { value: 'female', label: 'Female' },
  { value: 'male', label: 'Male' },
  { value: 'non_binary', label: 'Non-binary' },
] as const

export const ageRanges = [
  { value: 'child', label: 'Child' },
  { value: 'young_adult', label: 'Young adult (18–30)' },
  { value: 'adult', label: 'Adult (30–50)' },
  { value: 'mature', label: 'Mature (50+)' },
] as const

export const voiceStyles = [
  { value: 'warm', label: 'Warm' },
  { value: 'energetic', label: 'Energetic' },
  { value: 'authoritative', label: 'Authoritative' },
  { value: 'friendly', label: 'Friendly' },
  { value: 'conversational', label: 'Conversational' },
  { value: 'deep', label: 'Deep' },
  { value: 'playful', label: 'Playful' },
  { value: 'calm', label: 'Calm' },
  { value: 'corporate', label: 'Corporate' },
  { value: 'storyteller', label: 'Storyteller' },
] as const

export const labelOf = (
  list: readonly { value: string; label: string }[],
  value: string | null | undefined,
): string => list.find((o) => o.value === value)?.label ?? value ?? ''
