/**
 * The booking form's steps as a rule the page and its tests share: which step a URL asks for, which
 * steps the customer may open, and what the browser may keep as a draft. Pure: no React, no storage.
 * Steps are numbered as the customer sees them and as the URL carries them (`?step=2`):
 * 1 project, 2 usage and delivery, 3 review (binding "Book"), 4 the confirmation and script upload,
 * which exists only once the booking does (`?step=4&booking=<id>`).
 */

import type { Usage } from './pricing'
import { usageMedia, usageRegions, usageTerms } from './pricing'

export const formSteps = ['project', 'usage', 'review', 'script'] as const
export type FormStepName = (typeof formSteps)[number]
/** 1–4, as in the URL. */
export type FormStep = 1 | 2 | 3 | 4

/** What the customer typed or chose; kept in the browser between reloads (nothing secret in it). */
export type BookingDraftDetails = {
  projectTitle: string
  projectType: string
  wordCount: string
  directionNotes: string
  usage: Usage
  rushOrder: boolean
  /** Optional target length in whole seconds ("30" for a 30-second spot); "" for none. */
  targetSeconds?: string
}

/** What the voice-over allows, against which the draft is checked. */
export type BookableFacts = { projectTypes: readonly string[]; rushAvailable: boolean }

/** Field limits, the same as the Bookings collection's. */
export const draftLimits = {
  projectTitle: 200,
  directionNotes: 5000,
  wordCount: 1_000_000,
  targetSeconds: 36_000,
} as const

/** The step a `?step=` value names, or `null` for anything else ("", "0", "2.5", "five"). */
export const parseStepParam = (value: string | null | undefined): FormStep | null => {
  if (!value || !/^[1-4]$/.test(value.trim())) return null
  return Number(value.trim()) as FormStep
}

/** True when step 1 (project) is complete: a title, a project type this voice-over offers, a sane word count. */
export const isProjectStepValid = (d: BookingDraftDetails, facts: BookableFacts): boolean => {
  const title = d.projectTitle.trim()
  const words = d.wordCount.trim()
  const wordsOk =
    words === '' ||
    (/^\d+$/.test(words) && Number(words) >= 0 && Number(words) <= draftLimits.wordCount)
  const target = (d.targetSeconds ?? '').trim()
  const targetOk =
    target === '' ||
    (/^\d+$/.test(target) && Number(target) >= 1 && Number(target) <= draftLimits.targetSeconds)
  return (
    title.length > 0 &&
    title.length <= draftLimits.projectTitle &&
    facts.projectTypes.includes(d.projectType) &&
    wordsOk &&
    targetOk &&
    d.directionNotes.length <= draftLimits.directionNotes
  )
}

/** True when step 2 (usage) is complete: known usage values, and rush only where it is offered. */
export const isUsageStepValid = (d: BookingDraftDetails, facts: BookableFacts): boolean =>
  (usageMedia as readonly string[]).includes(d.usage.media) &&
  (usageRegions as readonly string[]).includes(d.usage.region) &&
  (usageTerms as readonly string[]).includes(d.usage.term) &&
  (!d.rushOrder || facts.rushAvailable)

/**
 * The furthest step the customer may open now: 4 once booked; otherwise the first incomplete step
 * among 1–2, or 3 (review) when both are complete. Going back is always allowed; skipping ahead past
 * an incomplete step is not.
 */
export const furthestReachableStep = ({
  details,
  facts,
  booked,
}: {
  details: BookingDraftDetails
  facts: BookableFacts
  booked: boolean
}): FormStep => {
  if (booked) return 4
  if (!isProjectStepValid(details, facts)) return 1
  if (!isUsageStepValid(details, facts)) return 2
  return 3
}

/**
 * The step to show for a requested one: the request when reachable, else the furthest reachable
 * step (`clamped: true`, so the page can say which step to finish first). Once booked, only the
 * confirmation (4) is shown — the form's steps belong to a booking that exists now.
 */
export const stepToShow = ({
  requested,
  details,
  facts,
  booked,
}: {
  requested: FormStep | null
  details: BookingDraftDetails
  facts: BookableFacts
  booked: boolean
}): { step: FormStep; clamped: boolean } => {
  if (booked) return { step: 4, clamped: false }
  const furthest = furthestReachableStep({ details, facts, booked })
  const wanted = requested ?? 1
  return wanted <= furthest ? { step: wanted, clamped: false } : { step: furthest, clamped: true }
}

/** What a stored draft holds: the details and the idempotency key of a booking attempt (if any). */
export type StoredDraft = {
  version: 1
  details: BookingDraftDetails
  idempotencyKey: string | null
}

const str = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value.length <= max ? value : null

/**
 * A stored draft read back from the browser, checked field by field: anything malformed, from an
 * older form or tampered with falls back to `defaults` for that field. Never throws.
 */
export const parseStoredDraft = (
  raw: string | null,
  defaults: BookingDraftDetails,
): StoredDraft | null => {
  if (!raw) return null
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const v = value as {
    version?: unknown
    details?: Record<string, unknown>
    idempotencyKey?: unknown
  }
  if (v.version !== 1 || typeof v.details !== 'object' || v.details === null) return null
  const d = v.details
  const usage = (typeof d.usage === 'object' && d.usage !== null ? d.usage : {}) as Record<
    string,
    unknown
  >
  const pick = <T extends string>(list: readonly T[], x: unknown, fallback: T): T =>
    (list as readonly unknown[]).includes(x) ? (x as T) : fallback
  return {
    version: 1,
    details: {
      projectTitle: str(d.projectTitle, draftLimits.projectTitle) ?? defaults.projectTitle,
      projectType: str(d.projectType, 100) ?? defaults.projectType,
      wordCount: str(d.wordCount, 12) ?? defaults.wordCount,
      directionNotes: str(d.directionNotes, draftLimits.directionNotes) ?? defaults.directionNotes,
      usage: {
        media: pick(usageMedia, usage.media, defaults.usage.media),
        region: pick(usageRegions, usage.region, defaults.usage.region),
        term: pick(usageTerms, usage.term, defaults.usage.term),
      },
      rushOrder: typeof d.rushOrder === 'boolean' ? d.rushOrder : defaults.rushOrder,
      // Optional (drafts from before the field existed have none).
      ...(typeof d.targetSeconds === 'string' && d.targetSeconds.length <= 6
        ? { targetSeconds: d.targetSeconds }
        : {}),
    },
    idempotencyKey:
      typeof v.idempotencyKey === 'string' && /^[A-Za-z0-9_.:-]{8,128}$/.test(v.idempotencyKey)
        ? v.idempotencyKey
        : null,
  }
}

/** True when the draft differs from a fresh form (worth saying "we filled in what you typed"). */
export const isDraftStarted = (d: BookingDraftDetails, defaults: BookingDraftDetails): boolean =>
  JSON.stringify(d) !== JSON.stringify(defaults)

/** The browser storage key of one voice-over's draft. */
export const draftStorageKey = (voiceoverId: number | string): string =>
  `14voices:booking-draft:${voiceoverId}`
