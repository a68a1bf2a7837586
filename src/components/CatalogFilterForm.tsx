'use client'

import { useRouter } from 'next/navigation'
import type { ChangeEvent, FormEvent } from 'react'
import { useTransition } from 'react'

import { ageRanges, genders, languages, voiceStyles } from '@/domain/catalog'
import type { CatalogFilters } from '@/lib/catalogFilters'
import { catalogHref } from '@/lib/catalogFilters'

type Option = { value: string; label: string }

const selects: {
  name: 'language' | 'gender' | 'age' | 'style'
  label: string
  options: readonly Option[]
}[] = [
  { name: 'language', label: 'Language', options: languages },
  { name: 'gender', label: 'Gender', options: genders },
  { name: 'age', label: 'Age', options: ageRanges },
  { name: 'style', label: 'Style', options: voiceStyles },
]

const valueOf = (data: FormData, key: string): string | undefined => {
  const v = data.get(key)
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined
}

/**
 * The catalog filters: a plain GET form that works without JavaScript. With JavaScript, a change
 * of a select applies the filters at once, and navigation stays client-side with a clean URL.
 */
export const CatalogFilterForm = ({ filters }: { filters: CatalogFilters }) => {
  const router = useRouter()
  const [pending, startTransition] = useTransition()

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const data = new FormData(event.currentTarget)
    const href = catalogHref({
      language: valueOf(data, 'language'),
      gender: valueOf(data, 'gender'),
      age: valueOf(data, 'age'),
      style: valueOf(data, 'style'),
      q: valueOf(data, 'q'),
      page: 1,
    })
    startTransition(() => router.push(href, { scroll: false }))
  }

  const onChange = (event: ChangeEvent<HTMLFormElement>) => {
    if (event.target instanceof HTMLSelectElement) event.currentTarget.requestSubmit()
  }

  return (
    <form
      method="get"
      action="/"
      role="search"
      aria-label="Filter voice artists"
      className="filters"
      onSubmit={onSubmit}
      onChange={onChange}
      aria-busy={pending}
    >
      <div className="filters__field filters__field--search">
        <label htmlFor="filter-q">Search</label>
        <input
          id="filter-q"
          type="search"
          name="q"
          defaultValue={filters.q ?? ''}
          placeholder="Name, style, description…"
          maxLength={80}
          autoComplete="off"
        />
      </div>
      {selects.map((s) => (
        <div className="filters__field" key={s.name}>
          <label htmlFor={`filter-${s.name}`}>{s.label}</label>
          <select id={`filter-${s.name}`} name={s.name} defaultValue={filters[s.name] ?? ''}>
            <option value="">Any</option>
            {s.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="filters__actions">
        <button type="submit" className="button">
          Apply filters
        </button>
        <span className="filters__status" role="status">
          {pending ? 'Updating…' : ''}
        </span>
      </div>
    </form>
  )
}
