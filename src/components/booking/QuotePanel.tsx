'use client'

import { useLocale, useTranslations } from 'next-intl'

import { formatEuro } from '@/domain/money'
import type { Quote } from '@/domain/pricing'
import { quoteLineKindLabels } from '@/domain/pricing'

type Props = { quote: Quote | null; problem: string | null; busy: boolean }

/**
 * The live quote beside the booking form; every figure comes from the server, and the lines are
 * named in the page's language (the quote's own `label`s are English).
 */
export const QuotePanel = ({ quote, problem, busy }: Props) => {
  const t = useTranslations('booking.quote')
  const locale = useLocale()
  return (
    <aside className="quote-panel" aria-labelledby="quote-title" aria-busy={busy}>
      <h2 id="quote-title">{t('heading')}</h2>
      {problem ? (
        <p className="form-problems" role="alert">
          {problem}
        </p>
      ) : quote ? (
        <>
          <dl className="quote-lines">
            {quote.lines.map((line) => (
              <div key={line.kind} className="quote-lines__row">
                <dt>{quoteLineKindLabels[line.kind][locale]}</dt>
                <dd>{formatEuro(line.amountCents, locale)}</dd>
              </div>
            ))}
          </dl>
          <p className="quote-total">
            <span>{t('total')}</span>
            <strong data-testid="quote-total" aria-live="polite">
              {formatEuro(quote.totalCents, locale)}
            </strong>
          </p>
        </>
      ) : (
        <p className="muted">{t('empty')}</p>
      )}
      <p className="form__hint">{t('hint')}</p>
    </aside>
  )
}
