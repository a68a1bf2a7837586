import type { Metadata } from 'next'
import Image from 'next/image'
import { Link } from '@/i18n/navigation'
import { notFound } from 'next/navigation'

import { DemoPlayer } from '@/components/DemoPlayer'
import {
  ageRanges,
  demoCategories,
  genders,
  labelOf,
  languages,
  voiceStyles,
} from '@/domain/catalog'
import { formatEuroCents } from '@/lib/money'
import type { DemoView } from '@/lib/voiceoverProfile'
import { getVoiceoverProfile } from '@/lib/voiceoverProfile'

// Rendered per request (the database may not exist at build time); the query itself is cached.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ slug: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await getVoiceoverProfile((await params).slug)
  if (!profile) return { title: 'Voice artist not found' }
  return {
    title: `${profile.name}, voice-over artist`,
    description: profile.tagline ?? `Listen to demos by ${profile.name} and book them on 14voices.`,
  }
}

const groupByCategory = (demos: DemoView[]) =>
  demoCategories
    .map((c) => ({ ...c, demos: demos.filter((d) => d.category === c.value) }))
    .filter((group) => group.demos.length > 0)

// Next.js requires a default export for pages.
export default async function VoiceoverPage({ params }: Props) {
  const profile = await getVoiceoverProfile((await params).slug)
  if (!profile) notFound()

  const bookHref = `/book/${profile.slug}`
  const voice = [labelOf(genders, profile.gender), labelOf(ageRanges, profile.ageRange)]
  const facts: { term: string; detail: string }[] = [
    {
      term: 'Languages',
      detail: profile.languages
        .map((l) => `${labelOf(languages, l.code)}${l.native ? ' (native)' : ''}`)
        .join(', '),
    },
    { term: 'Gender', detail: voice[0] ?? '' },
    { term: 'Age range', detail: voice[1] ?? '' },
    { term: 'Accents', detail: profile.accents.join(', ') },
    { term: 'Styles', detail: profile.styles.map((s) => labelOf(voiceStyles, s)).join(', ') },
    {
      term: 'Turnaround',
      detail:
        profile.turnaroundDays === null
          ? ''
          : `${profile.turnaroundDays} working ${profile.turnaroundDays === 1 ? 'day' : 'days'}`,
    },
    { term: 'Rush delivery', detail: profile.rushAvailable ? 'Available' : 'Not available' },
  ].filter((f) => f.detail !== '')
  const groups = groupByCategory(profile.demos)

  return (
    <div className="container profile">
      <p className="breadcrumb">
        <Link href="/">
          <span aria-hidden="true">← </span>All voice artists
        </Link>
      </p>

      <div className="profile__top">
        <div className="profile__photo">
          {profile.photo ? (
            // Payload already stores a 960×1200 WebP variant for profiles, so Next's optimiser is skipped.
            <Image
              src={profile.photo.src}
              alt={profile.photo.alt || `Portrait of ${profile.name}`}
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
              Book this voice
            </Link>
            {profile.fromRateCents !== null && (
              <p className="profile__price">
                from <strong>{formatEuroCents(profile.fromRateCents)}</strong>{' '}
                <span className="muted">excl. VAT and usage</span>
              </p>
            )}
          </div>

          {facts.length > 0 && (
            <section aria-labelledby="facts-title">
              <h2 id="facts-title" className="visually-hidden">
                Facts
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
          <h2 id="demos-title">Demos</h2>
          {groups.length === 0 ? (
            <p className="muted">No demos yet.</p>
          ) : (
            groups.map((group) => (
              <section
                key={group.value}
                aria-labelledby={`demos-${group.value}`}
                className="demo-group"
              >
                <h3 id={`demos-${group.value}`}>{group.label}</h3>
                <ul className="demo-list">
                  {group.demos.map((demo) => (
                    <li key={demo.id}>
                      <DemoPlayer title={demo.title} src={demo.src} mimeType={demo.mimeType} />
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </section>

        {profile.bio && (
          <section aria-labelledby="bio-title" className="profile__bio">
            <h2 id="bio-title">About {profile.name}</h2>
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
        <p>Like what you hear?</p>
        <Link href={bookHref} className="button">
          Book {profile.name}
        </Link>
      </div>
    </div>
  )
}
