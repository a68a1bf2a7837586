import type { NumberField } from 'payload'

/** An amount of money in integer euro cents. */
export const moneyField = (overrides: Partial<NumberField> & { name: string }): NumberField =>
  ({
    type: 'number',
    min: 0,
    validate: (value: number | null | undefined) =>
      value === null || value === undefined || Number.isInteger(value)
        ? true
        : 'Amounts are whole euro cents (e.g. 12500 for €125.00).',
    admin: { description: 'Euro cents (12500 = €125.00)', ...overrides.admin },
    ...overrides,
  }) as NumberField
