import type { Metadata } from 'next'
import Image from 'next/image'
import { notFound } from 'next/navigation'
import { getTranslations, setRequestLocale } from 'next-intl/server'

import { DemoPlayer } from '@/components/DemoPlayer'
import { demoCategories } from '@/domain/catalog'
import { formatEuro } from '@/domain/money'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { labelFor } from '@/lib/labels'
import type { DemoView } from '@/lib/voiceoverProfile'
import { getVoiceoverProfile } from '@/lib/voiceoverProfile'
import { vocabularyName } from '@/lib/vocabularyView'

// Rendered on the first request and then served from Next's cache (ISR; the database may not exist at
// build time, hence no params here). An artist or media change expires it at once through the catalog
// tag (revalidateCatalog.ts); the time limit is a backstop, see catalogCache.ts.
export const revalidate = 300
export const generateStaticParams = async (): Promise<{ locale: string; slug: string }[]> => []

type Props = { params: Promise<{ slug: string; locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params
  const profile = await getVoiceoverProfile(slug)
  if (!profile) {
    const t = await getTranslations({ locale: locale as Locale, namespace: 'notFound' })
    return { title: t('artistTitle') }
  }
  const t = await getTranslations({ locale: locale as Locale, namespace: 'profile' })
  return {
    title: t('metaTitle', { name: profile.name }),
    description: profile.tagline ?? t('metaDescription', { name: profile.name }),
  }
}

const groupByCategory = (demos: DemoView[]) =>
  demoCategories
    .map((c) => ({ ...c, demos: demos.filter((d) => d.category === c.value) }))
    .filter((group) => group.demos.length > 0)

// Next.js requires a default export for pages.
export default async function VoiceoverPage({ params }: Props) {
  const { slug, locale: requested } = await params
  const locale = requested as Locale
  setRequestLocale(locale)
  const profile = await getVoiceoverProfile(slug)
  if (!profile) notFound()
  const t = await getTranslations('profile')

  const bookHref = `/book/${profile.slug}`
  const facts: { term: string; detail: string }[] = [
    {
      term: t('languages'),
      detail: profile.languages
        .map((l) => {
          const language = vocabularyName(l, locale)
          return l.native ? t('native', { language }) : language
        })
        .join(', '),
    },
    { term: t('gender'), detail: labelFor('gender', profile.gender, locale) },
    { term: t('ageRange'), detail: labelFor('ageRange', profile.ageRange, locale) },
    {
      term: t('accents'),
      detail: profile.accents.map((a) => vocabularyName(a, locale)).join(', '),
    },
    {
      term: t('styles'),
      detail: profile.styles.map((s) => labelFor('voiceStyle', s, locale)).join(', '),
    },
    {
      term: t('turnaround'),
      detail:
        profile.turnaroundDays === null
          ? ''
          : t('turnaroundDays', { days: profile.turnaroundDays }),
    },
    {
      term: t('rush'),
      detail: profile.rushAvailable ? t('rushAvailable') : t('rushUnavailable'),
    },
  ].filter((f) => f.detail !== '')
  const groups = groupByCategory(profile.demos)

  return (
    <div className="container profile">
      <p className="breadcrumb">
        <Link href="/">
          <span aria-hidden="true">← </span>
          {t('allArtists')}
        </Link>
      </p>

      <div className="profile__top">
        <div className="profile__photo">
          {profile.photo ? (
            // Payload already stores a 960×1200 WebP variant for profiles, so Next's optimiser is skipped.
            <Image
              src={profile.photo.src}
              alt={profile.photo.alt || t('portrait', { name: profile.name })}
              width={profile.photo.width}
              height={profile.photo.height}
              sizes="(max-width: 800px) 100vw, 360px"
              preload
              unoptimized
            />
          ) : (
            <span className="profile__initial" aria-hidden="true">
              {profile.name.charAt(0)}
            </span>
          )}
        </div>

        <div className="profile__intro">
          <h1>{profile.name}</h1>
          {profile.tagline && <p className="profile__tagline">{profile.tagline}</p>}

          <div className="profile__cta">
            <Link href={bookHref} className="button button--large">
              {t('book')}
            </Link>
            {profile.fromRateCents !== null && (
              <p className="profile__price">
                {t.rich('fromPrice', {
                  price: formatEuro(profile.fromRateCents, locale),
                  strong: (chunks) => <strong>{chunks}</strong>,
                })}{' '}
                <span className="muted">{t('priceNote')}</span>
              </p>
            )}
          </div>

          {facts.length > 0 && (
            <section aria-labelledby="facts-title">
              <h2 id="facts-title" className="visually-hidden">
                {t('factsTitle')}
              </h2>
              <dl className="facts">
                {facts.map((f) => (
                  <div key={f.term} className="facts__row">
                    <dt>{f.term}</dt>
                    <dd>{f.detail}</dd>
                  </div>
                ))}
              </dl>
            </section>
          )}
        </div>
      </div>

      <div className="profile__columns">
        <section aria-labelledby="demos-title" className="profile__demos">
          <h2 id="demos-title">{t('demosTitle')}</h2>
          {groups.length === 0 ? (
            <p className="muted">{t('noDemos')}</p>
          ) : (
            groups.map((group) => (
              <section
                key={group.value}
                aria-labelledby={`demos-${group.value}`}
                className="demo-group"
              >
                <h3 id={`demos-${group.value}`}>{labelFor('demoCategory', group.value, locale)}</h3>
                <ul className="demo-list">
                  {group.demos.map((demo) => (
                    <li key={demo.id}>
                      <DemoPlayer
                        title={demo.title}
                        artist={profile.name}
                        src={demo.src}
                        mimeType={demo.mimeType}
                        playable={demo.playable}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </section>

        {profile.bio && (
          <section aria-labelledby="bio-title" className="profile__bio">
            <h2 id="bio-title">{t('about', { name: profile.name })}</h2>
            {profile.bio
              .split(/\n\s*\n/)
              .map((paragraph) => paragraph.trim())
              .filter(Boolean)
              .map((paragraph, i) => (
                <p key={i}>{paragraph}</p>
              ))}
          </section>
        )}
      </div>

      <div className="profile__book-again">
        <p>{t('likeWhatYouHear')}</p>
        <Link href={bookHref} className="button">
          {t('bookName', { name: profile.name })}
        </Link>
      </div>
    </div>
  )
}
