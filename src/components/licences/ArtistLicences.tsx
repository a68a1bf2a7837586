import { getTranslations } from 'next-intl/server'
import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { findLicences } from '@/lib/licenceList'

import { LicenceTable } from './LicenceTable'

/** The artist's dashboard section: the usage licences customers hold for their recordings. */
export const ArtistLicences = async ({
  payload,
  user,
  now,
}: {
  payload: Payload
  user: User
  now: number
}) => {
  const [t, licences] = await Promise.all([
    getTranslations('licences'),
    findLicences({ payload, user }),
  ])
  return (
    <section aria-labelledby="artist-licences" data-testid="artist-licences">
      <h2 id="artist-licences">{t('artistTitle')}</h2>
      <p className="muted">{t('artistIntro')}</p>
      {licences.length === 0 ? (
        <p className="muted">{t('artistEmpty')}</p>
      ) : (
        <LicenceTable licences={licences} view="artist" now={now} />
      )}
    </section>
  )
}
