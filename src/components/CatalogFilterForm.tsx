'use client'

import { useLocale, useTranslations } from 'next-intl'
import type { ChangeEvent, FormEvent } from 'react'
import { useTransition } from 'react'

import { ageRanges, genders, languages, voiceStyles } from '@/domain/catalog'
import { getPathname, useRouter } from '@/i18n/navigation'
import type { CatalogFilters } from '@/lib/catalogFilters'
import { catalogHref } from '@/lib/catalogFilters'
import type { LabelKind } from '@/lib/labels'
import { labelFor } from '@/lib/labels'

const selects: {
  name: 'language' | 'gender' | 'age' | 'style'
  kind: LabelKind
  options: readonly { value: string }[]
}[] = [
  { name: 'language', kind: 'language', options: languages },
  { name: 'gender', kind: 'gender', options: genders },
  { name: 'age', kind: 'ageRange', options: ageRanges },
  { name: 'style', kind: 'voiceStyle', options: voiceStyles },
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
  const locale = useLocale()
  const t = useTranslations('catalog.filters')
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
      action={getPathname({ href: '/', locale })}
      role="search"
      aria-label={t('formLabel')}
      className="filters"
      onSubmit={onSubmit}
      onChange={onChange}
      aria-busy={pending}
    >
      <div className="filters__field filters__field--search">
        <label htmlFor="filter-q">{t('search')}</label>
        <input
          id="filter-q"
          type="search"
          name="q"
          defaultValue={filters.q ?? ''}
          placeholder={t('searchPlaceholder')}
          maxLength={80}
          autoComplete="off"
        />
      </div>
      {selects.map((s) => (
        <div className="filters__field" key={s.name}>
          <label htmlFor={`filter-${s.name}`}>{t(s.name)}</label>
          <select id={`filter-${s.name}`} name={s.name} defaultValue={filters[s.name] ?? ''}>
            <option value="">{t('any')}</option>
            {s.options.map((o) => (
              <option key={o.value} value={o.value}>
                {labelFor(s.kind, o.value, locale)}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="filters__actions">
        <button type="submit" className="button">
          {t('apply')}
        </button>
        <span className="filters__status" role="status">
          {pending ? t('updating') : ''}
        </span>
      </div>
    </form>
  )
}
