import Image from 'next/image'
import { useLocale, useTranslations } from 'next-intl'

import { Link } from '@/i18n/navigation'
import type { CatalogCard } from '@/lib/catalog'
import type { Locale } from '@/i18n/locales'
import { labelFor } from '@/lib/labels'
import { formatEuroCents } from '@/lib/money'
import { vocabularyName } from '@/lib/vocabularyView'

import { PlayDemoButton } from './player/PlayDemoButton'

/**
 * One artist in the catalog grid. The whole card is the link; its accessible name is the artist's
 * name and the rest of the card its description. `eager` loads the photo at once (first row). With
 * a ready demo preview, a play button beside the link (not inside it: a button may not sit in a
 * link) plays it in the site's mini-player.
 */
export const VoiceoverCard = ({
  card,
  eager = false,
  exactPrice = false,
}: {
  card: CatalogCard
  eager?: boolean
  /** The price is the rate of a chosen project type, not the artist's lowest rate. */
  exactPrice?: boolean
}) => {
  const nameId = `artist-${card.id}-name`
  const detailsId = `artist-${card.id}-details`
  const locale = useLocale() as Locale
  const t = useTranslations('catalog.card')
  const voice = [
    labelFor('gender', card.gender, locale),
    labelFor('ageRange', card.ageRange, locale),
  ]
    .filter(Boolean)
    .join(' · ')
  return (
    <div className="card-frame">
      <Link
        href={`/voiceovers/${card.slug}`}
        className="card"
        aria-labelledby={nameId}
        aria-describedby={detailsId}
      >
        <div className="card__photo">
          {card.photo ? (
            // Payload already stores a 480×600 WebP variant for cards, so Next's optimiser is skipped.
            <Image
              src={card.photo.src}
              alt=""
              width={card.photo.width}
              height={card.photo.height}
              sizes="(max-width: 600px) 100vw, 300px"
              loading={eager ? 'eager' : 'lazy'}
              unoptimized
            />
          ) : (
            <span className="card__initial" aria-hidden="true">
              {card.name.charAt(0)}
            </span>
          )}
        </div>
        <div className="card__body">
          <h3 className="card__name" id={nameId}>
            {card.name}
          </h3>
          <div id={detailsId}>
            {card.tagline && <p className="card__tagline">{card.tagline}</p>}
            <ul className="card__facts">
              {card.languages.length > 0 && (
                <li>{card.languages.map((l) => vocabularyName(l, locale)).join(', ')}</li>
              )}
              {voice && <li>{voice}</li>}
              {card.priceCents !== null && (
                <li className="card__price">
                  {t(exactPrice ? 'price' : 'fromPrice', {
                    price: formatEuroCents(card.priceCents),
                  })}
                </li>
              )}
            </ul>
            {/* The list is unlabelled on purpose: a "Styles" label would also match the "Style" filter. */}
            {card.styles.length > 0 && (
              <ul className="tags">
                {card.styles.map((s) => (
                  <li key={s} className="tag">
                    {labelFor('voiceStyle', s, locale)}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      </Link>
      {card.demo && (
        <PlayDemoButton
          className="play-demo play-demo--card"
          track={{ id: card.demo.src, artist: card.name, ...card.demo }}
        />
      )}
    </div>
  )
}
