import type { Quote } from '@/domain/pricing'
import { formatEuroCents } from '@/lib/money'

type Props = { quote: Quote | null; problem: string | null; busy: boolean }

/** The live quote beside the booking form; every figure comes from the server. */
export const QuotePanel = ({ quote, problem, busy }: Props) => (
  <aside className="quote-panel" aria-labelledby="quote-title" aria-busy={busy}>
    <h2 id="quote-title">Your quote</h2>
    {problem ? (
      <p className="form-problems" role="alert">
        {problem}
      </p>
    ) : quote ? (
      <>
        <dl className="quote-lines">
          {quote.lines.map((line) => (
            <div key={line.kind} className="quote-lines__row">
              <dt>{line.label}</dt>
              <dd>{formatEuroCents(line.amountCents)}</dd>
            </div>
          ))}
        </dl>
        <p className="quote-total">
          <span>Total excl. VAT</span>
          <strong data-testid="quote-total" aria-live="polite">
            {formatEuroCents(quote.totalCents)}
          </strong>
        </p>
      </>
    ) : (
      <p className="muted">Choose a project type to see the price.</p>
    )}
    <p className="form__hint">
      The price is fixed when you book. VAT is added on the invoice where it applies.
    </p>
  </aside>
)
