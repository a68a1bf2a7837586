/**
 * Vocabulary shared by the catalog, the booking form and pricing. Pure data, no Payload import.
 * `label` is English, `labelNl` Dutch (the admin panel shows the one of its language).
 */

export const projectTypes = [
  { value: 'commercial', label: 'Commercial', labelNl: 'Commercial' },
  { value: 'narration', label: 'Narration', labelNl: 'Voice-over' },
  { value: 'e_learning', label: 'E-learning', labelNl: 'E-learning' },
  { value: 'corporate', label: 'Corporate', labelNl: 'Bedrijfsfilm' },
  { value: 'ivr', label: 'IVR / telephony', labelNl: 'IVR / telefonie' },
  { value: 'animation', label: 'Animation / character', labelNl: 'Animatie / karakter' },
  { value: 'audiobook', label: 'Audiobook', labelNl: 'Luisterboek' },
  { value: 'documentary', label: 'Documentary', labelNl: 'Documentaire' },
] as const
export type ProjectType = (typeof projectTypes)[number]['value']

export const demoCategories = [
  { value: 'commercial', label: 'Commercial', labelNl: 'Commercial' },
  { value: 'narration', label: 'Narration', labelNl: 'Voice-over' },
  { value: 'e_learning', label: 'E-learning', labelNl: 'E-learning' },
  { value: 'character', label: 'Character', labelNl: 'Karakterstem' },
  { value: 'corporate', label: 'Corporate', labelNl: 'Bedrijfsfilm' },
  { value: 'ivr', label: 'IVR / telephony', labelNl: 'IVR / telefonie' },
] as const

// Languages and accents are data the agency manages: the `languages` and `accents` collections
// (their starting vocabulary is in vocabulary.ts).

export const genders = [
  { value: 'female', label: 'Female', labelNl: 'Vrouw' },
  { value: 'male', label: 'Male', labelNl: 'Man' },
  { value: 'non_binary', label: 'Non-binary', labelNl: 'Non-binair' },
] as const

export const ageRanges = [
  { value: 'child', label: 'Child', labelNl: 'Kind' },
  { value: 'young_adult', label: 'Young adult (18–30)', labelNl: 'Jongvolwassene (18–30)' },
  { value: 'adult', label: 'Adult (30–50)', labelNl: 'Volwassene (30–50)' },
  { value: 'mature', label: 'Mature (50+)', labelNl: 'Ouder (50+)' },
] as const

export const voiceStyles = [
  { value: 'warm', label: 'Warm', labelNl: 'Warm' },
  { value: 'energetic', label: 'Energetic', labelNl: 'Energiek' },
  { value: 'authoritative', label: 'Authoritative', labelNl: 'Gezaghebbend' },
  { value: 'friendly', label: 'Friendly', labelNl: 'Vriendelijk' },
  { value: 'conversational', label: 'Conversational', labelNl: 'Conversationeel' },
  { value: 'deep', label: 'Deep', labelNl: 'Diep' },
  { value: 'playful', label: 'Playful', labelNl: 'Speels' },
  { value: 'calm', label: 'Calm', labelNl: 'Rustig' },
  { value: 'corporate', label: 'Corporate', labelNl: 'Zakelijk' },
  { value: 'storyteller', label: 'Storyteller', labelNl: 'Verteller' },
] as const

export const labelOf = (
  list: readonly { value: string; label: string }[],
  value: string | null | undefined,
): string => list.find((o) => o.value === value)?.label ?? value ?? ''
