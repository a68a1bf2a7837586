'use client'

import { useLocale, useTranslations } from 'next-intl'
import type { ChangeEvent, FormEvent } from 'react'
import { useTransition } from 'react'

import { ageRanges, genders, projectTypes, voiceStyles } from '@/domain/catalog'
import type { Locale } from '@/i18n/locales'
import { getPathname, useRouter } from '@/i18n/navigation'
import type { CatalogFilters } from '@/lib/catalogFilters'
import { catalogHref, catalogSorts, parseCatalogFilters } from '@/lib/catalogFilters'
import type { CatalogVocabulary } from '@/lib/catalogVocabulary'
import type { LabelKind } from '@/lib/labels'
import { labelFor } from '@/lib/labels'
import { vocabularyName } from '@/lib/vocabularyView'

type Option = { value: string; label: string }

const fromList = (kind: LabelKind, list: readonly { value: string }[], locale: Locale) =>
  list.map((o) => ({ value: o.value, label: labelFor(kind, o.value, locale) }))

const turnaroundChoices = [1, 2, 3, 5, 10]

const Select = ({
  name,
  label,
  options,
  value,
  empty,
}: {
  name: string
  label: string
  options: Option[]
  value: string | number | undefined
  empty: string
}) => (
  <div className="filters__field">
    <label htmlFor={`filter-${name}`}>{label}</label>
    <select id={`filter-${name}`} name={name} defaultValue={value ?? ''}>
      <option value="">{empty}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  </div>
)

/**
 * The catalog filters and sort: a plain GET form that works without JavaScript (the less used
 * filters sit in a <details>, open while one of them is set). With JavaScript, a change of a
 * select or checkbox applies the filters at once, and navigation stays client-side with the
 * canonical URL (catalogHref).
 */
export const CatalogFilterForm = ({
  filters,
  vocabulary,
}: {
  filters: CatalogFilters
  vocabulary: CatalogVocabulary
}) => {
  const router = useRouter()
  const locale = useLocale() as Locale
  const t = useTranslations('catalog.filters')
  const [pending, startTransition] = useTransition()

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const params: Record<string, string> = {}
    new FormData(event.currentTarget).forEach((value, key) => {
      if (typeof value === 'string' && value.trim() !== '') params[key] = value.trim()
    })
    const href = catalogHref({ ...parseCatalogFilters(params), page: 1 })
    startTransition(() => router.push(href, { scroll: false }))
  }

  const onChange = (event: ChangeEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement
    if (
      target instanceof HTMLSelectElement ||
      (target instanceof HTMLInputElement && target.type === 'checkbox')
    ) {
      event.currentTarget.requestSubmit()
    }
  }

  const vocabularyOptions = (list: CatalogVocabulary['languages']) =>
    list.map((l) => ({ value: l.code, label: vocabularyName(l, locale) }))
  const accents = filters.language
    ? vocabulary.accents.filter((a) => a.language === filters.language)
    : vocabulary.accents
  const moreOpen = Boolean(
    filters.accent ||
    filters.projectType ||
    filters.maxTurnaroundDays ||
    filters.rush ||
    filters.minPriceCents !== undefined ||
    filters.maxPriceCents !== undefined,
  )
  const euros = (cents: number | undefined) => (cents === undefined ? '' : String(cents / 100))

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
      <Select
        name="language"
        label={t('language')}
        options={vocabularyOptions(vocabulary.languages)}
        value={filters.language}
        empty={t('any')}
      />
      <Select
        name="gender"
        label={t('gender')}
        options={fromList('gender', genders, locale)}
        value={filters.gender}
        empty={t('any')}
      />
      <Select
        name="age"
        label={t('age')}
        options={fromList('ageRange', ageRanges, locale)}
        value={filters.age}
        empty={t('any')}
      />
      <Select
        name="style"
        label={t('style')}
        options={fromList('voiceStyle', voiceStyles, locale)}
        value={filters.style}
        empty={t('any')}
      />
      <Select
        name="sort"
        label={t('sort')}
        // Without a search the empty choice already is "Recommended": not listed twice.
        options={catalogSorts
          .filter((s) => filters.q || s !== 'recommended')
          .map((s) => ({ value: s, label: t(`sortBy.${s}`) }))}
        value={filters.sort}
        empty={filters.q ? t('sortBy.bestMatch') : t('sortBy.recommended')}
      />
      <details className="filters__more" open={moreOpen}>
        <summary>{t('more')}</summary>
        <div className="filters__more-grid">
          <Select
            name="accent"
            label={t('accent')}
            options={vocabularyOptions(accents)}
            value={filters.accent}
            empty={t('any')}
          />
          <Select
            name="type"
            label={t('projectType')}
            options={fromList('projectType', projectTypes, locale)}
            value={filters.projectType}
            empty={t('any')}
          />
          <fieldset className="filters__price">
            <legend>{t('price')}</legend>
            <div className="filters__price-inputs">
              <label htmlFor="filter-min" className="visually-hidden">
                {t('minPrice')}
              </label>
              <input
                id="filter-min"
                type="number"
                name="min"
                min={0}
                step={1}
                inputMode="numeric"
                placeholder={t('minPrice')}
                defaultValue={euros(filters.minPriceCents)}
                aria-describedby="filter-price-hint"
              />
              <span aria-hidden="true">–</span>
              <label htmlFor="filter-max" className="visually-hidden">
                {t('maxPrice')}
              </label>
              <input
                id="filter-max"
                type="number"
                name="max"
                min={0}
                step={1}
                inputMode="numeric"
                placeholder={t('maxPrice')}
                defaultValue={euros(filters.maxPriceCents)}
                aria-describedby="filter-price-hint"
              />
            </div>
            <small id="filter-price-hint">{t('priceHint')}</small>
          </fieldset>
          <Select
            name="turnaround"
            label={t('turnaround')}
            options={turnaroundChoices.map((days) => ({
              value: String(days),
              label: t('turnaroundDays', { days }),
            }))}
            value={filters.maxTurnaroundDays}
            empty={t('any')}
          />
          <div className="filters__field filters__field--check">
            <input
              id="filter-rush"
              type="checkbox"
              name="rush"
              value="1"
              defaultChecked={Boolean(filters.rush)}
            />
            <label htmlFor="filter-rush">{t('rush')}</label>
          </div>
        </div>
      </details>
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
