import type { Metadata } from 'next'
import { Link } from '@/i18n/navigation'

import { CatalogFilterForm } from '@/components/CatalogFilterForm'
import { Pagination } from '@/components/Pagination'
import { VoiceoverCard } from '@/components/VoiceoverCard'
import { getCatalogPage } from '@/lib/catalog'
import { catalogHref, hasActiveFilters, parseCatalogFilters } from '@/lib/catalogFilters'
import type { SearchParams } from '@/lib/searchParams'

// Rendered per request (the database may not exist at build time); the query itself is cached.
export const dynamic = 'force-dynamic'

export const metadata: Metadata = {
  title: { absolute: '14voices — find a voice-over artist' },
}

type Props = { searchParams: Promise<SearchParams> }

const resultCount = (total: number, filtered: boolean): string => {
  const artists =
    total === 0 ? 'No voice artists' : total === 1 ? '1 voice artist' : `${total} voice artists`
  if (!filtered) return artists
  return `${artists} ${total === 1 ? 'matches' : 'match'} your filters`
}

// Next.js requires a default export for pages.
export default async function CatalogPage({ searchParams }: Props) {
  const filters = parseCatalogFilters(await searchParams)
  const { cards, totalDocs, totalPages } = await getCatalogPage(filters)
  const filtered = hasActiveFilters(filters)

  return (
    <div className="container">
      <section className="hero" aria-labelledby="catalog-title">
        <h1 id="catalog-title">Find the right voice</h1>
        <p className="hero__lead">
          Listen to professional voice-over artists, compare their styles and book one for your
          commercial, narration or e-learning project.
        </p>
      </section>

      {/* Remounted when the URL changes, so the selects show the filters of the page on screen. */}
      <CatalogFilterForm key={catalogHref({ ...filters, page: 1 })} filters={filters} />

      <section aria-labelledby="results-title" className="results">
        <div className="results__header">
          <h2 id="results-title" className="visually-hidden">
            Voice artists
          </h2>
          <p className="results__count" role="status">
            {resultCount(totalDocs, filtered)}
          </p>
          {filtered && (
            <Link href="/" className="results__clear">
              Clear filters
            </Link>
          )}
        </div>

        {cards.length > 0 ? (
          <ul className="card-grid">
            {cards.map((card, index) => (
              <li key={card.id}>
                <VoiceoverCard card={card} eager={index < 4} />
              </li>
            ))}
          </ul>
        ) : (
          <div className="empty-state">
            {totalDocs > 0 ? (
              <>
                <h3>This page is empty</h3>
                <p>
                  There are only {totalPages} {totalPages === 1 ? 'page' : 'pages'} of results.
                </p>
                <Link href={catalogHref({ ...filters, page: 1 })} className="button">
                  Go to the first page
                </Link>
              </>
            ) : (
              <>
                <h3>No voice artists found</h3>
                <p>
                  {filtered
                    ? 'No one matches all of these filters. Try fewer filters or another search.'
                    : 'There are no voice artists in the catalog yet.'}
                </p>
                {filtered && (
                  <Link href="/" className="button">
                    Show all voice artists
                  </Link>
                )}
              </>
            )}
          </div>
        )}

        <Pagination filters={filters} totalPages={totalPages} />
      </section>
    </div>
  )
}
