import type { NumberField, Validate } from 'payload'

import { euroInputProblems, moneyLocaleOf, parseEuroInput } from '@/domain/money'

/** The admin components for money fields: an input in euros and a list cell ("€ 437,50"). */
export const MONEY_FIELD = '@/components/admin/MoneyField#MoneyField'
export const MONEY_CELL = '@/components/admin/MoneyCell#MoneyCell'

const wholeCents: Record<'en' | 'nl', string> = {
  en: 'Amounts are whole euro cents (e.g. 12500 for €125.00).',
  nl: 'Bedragen zijn hele eurocenten (bijvoorbeeld 12500 voor € 125,00).',
}

/**
 * Valid: empty, or an integer number of cents. The admin's money input hands over what the person
 * typed when it can't be read as euros (text), so the sentence saying why is shown in the admin's
 * language (`req.i18n.language`) and the document can't be saved with a guessed amount.
 */
const validateCents: Validate<unknown, unknown, unknown, NumberField> = (value, { req, min }) => {
  const locale = moneyLocaleOf(req?.i18n?.language)
  if (value === null || value === undefined) return true
  if (typeof value === 'string') {
    const parsed = parseEuroInput(value, { allowNegative: typeof min !== 'number' || min < 0 })
    return parsed.ok ? true : euroInputProblems[parsed.problem][locale]
  }
  if (typeof value !== 'number' || !Number.isInteger(value)) return wholeCents[locale]
  if (typeof min === 'number' && value < min) return euroInputProblems.negative[locale]
  return true
}

/**
 * An amount of money in integer euro cents (12500 = € 125,00). Stored and sent over the API as
 * cents; the admin shows and edits it in euros in its own language (MoneyField, MoneyCell).
 * Non-negative unless the overrides set `min: undefined` (invoices: credit notes are negative).
 */
export const moneyField = (overrides: Partial<NumberField> & { name: string }): NumberField =>
  ({
    type: 'number',
    min: 0,
    validate: validateCents,
    ...overrides,
    admin: {
      ...overrides.admin,
      components: { Field: MONEY_FIELD, Cell: MONEY_CELL, ...overrides.admin?.components },
    },
  }) as NumberField
