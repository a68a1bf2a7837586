'use client'

import { FieldDescription, FieldError, FieldLabel, useField, useTranslation } from '@payloadcms/ui'
import type { NumberFieldClientComponent } from 'payload'
import { useCallback, useEffect, useRef, useState } from 'react'

import { euroInputProblems, formatEuroInput, moneyLocaleOf, parseEuroInput } from '@/domain/money'

/**
 * The admin input for a money field (`src/fields/money.ts`): the value is integer euro cents, the
 * person sees and types euros in the admin's language — "437,50" in Dutch, "437.50" in English,
 * behind a € sign — and either decimal mark is read. Text that isn't an amount (or has more than
 * two decimals) stays in the form as text, so the field shows why and the document can't be
 * saved until it is fixed (the field's server-side validation gives the same sentence).
 * Props: Payload's number field client props.
 */
export const MoneyField: NumberFieldClientComponent = ({
  field,
  path: pathFromProps,
  readOnly,
}) => {
  const { i18n } = useTranslation()
  const locale = moneyLocaleOf(i18n.language)
  const allowNegative = typeof field.min !== 'number' || field.min < 0

  const validate = useCallback(
    (value: unknown): string | true => {
      if (typeof value !== 'string') return true
      const parsed = parseEuroInput(value, { allowNegative })
      return parsed.ok ? true : euroInputProblems[parsed.problem][locale]
    },
    [allowNegative, locale],
  )
  const { value, setValue, path, showError, disabled } = useField<number | string | null>({
    potentiallyStalePath: pathFromProps,
    validate,
  })

  const shown = (v: unknown): string => (typeof v === 'number' ? formatEuroInput(v, locale) : '')
  const [text, setText] = useState(() => (typeof value === 'string' ? value : shown(value)))
  // The value this input last wrote; any other change (load, reset, another tab) redraws the text.
  const written = useRef<unknown>(value)
  useEffect(() => {
    if (value !== written.current) {
      written.current = value
      setText(typeof value === 'string' ? value : shown(value))
    }
    // `shown` depends on locale only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value, locale])

  const problem = text.trim() === '' ? null : validate(text)

  const onChange = (next: string) => {
    setText(next)
    const parsed = parseEuroInput(next, { allowNegative })
    const newValue = parsed.ok ? parsed.cents : next
    written.current = newValue
    setValue(newValue)
  }

  const id = `field-${path.replace(/\./g, '__')}`
  // `readOnly` (the prop) reflects permissions; a field declared read-only says so in its config —
  // without that, the input was only disabled while the form was busy (flaky admin e2e).
  const locked = Boolean(readOnly || field.admin?.readOnly || disabled)
  return (
    <div
      className={[
        'field-type',
        'number',
        'money-field',
        showError && 'error',
        locked && 'read-only',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      <FieldLabel
        htmlFor={id}
        label={field.label ?? field.name}
        path={path}
        required={field.required}
      />
      <div className="field-type__wrap">
        <FieldError path={path} showError={showError} />
        <div className="money-field__input">
          <span aria-hidden="true" className="money-field__currency">
            €
          </span>
          <input
            aria-invalid={problem !== null && problem !== true}
            disabled={locked}
            id={id}
            inputMode="decimal"
            name={path}
            onChange={(e) => onChange(e.target.value)}
            type="text"
            value={text}
          />
        </div>
        {typeof problem === 'string' && !showError ? (
          <p className="money-field__problem" role="alert">
            {problem}
          </p>
        ) : null}
        <FieldDescription description={field.admin?.description} path={path} />
      </div>
    </div>
  )
}
