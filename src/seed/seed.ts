import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { TRUSTED_ROLE } from '@/collections/Users/trustedRole'
import { env } from '@/env'
import { DEMO_PREVIEW_TASK } from '@/jobs/tasks/makeDemoPreview'
import { slugs } from '@/slugs'

import { generateWav } from './audio'
import type { SeedAccount, SeedAccountKey, SeedArtist } from './data'
import { ratesFrom, seedAccounts, seedArtists } from './data'
import { seedLegalPages } from './legalPages'
import { generatePhoto } from './photo'
import { createRandom, hashSeed } from './random'

/*
 * Every Local API call in this file is a system call: the Local API's default `overrideAccess: true`
 * applies on purpose, because the seed creates the admin, artists and catalog that access rules
 * would otherwise require an admin to create.
 */

/** A refusal with a sentence for the person running the seed (no stack trace needed). */
export class SeedRefusal extends Error {}

export type SeedResult = {
  accounts: SeedAccount[]
  voiceovers: { active: number; inactive: number }
  media: number
  seconds: number
}

type Upload = { data: Buffer; mimetype: string; name: string; size: number }

type PreparedArtist = {
  artist: SeedArtist
  photo: Promise<Upload>
  demos: { title: string; category: SeedArtist['demos'][number]['category']; file: Upload }[]
}

const upload = (data: Buffer, mimetype: string, name: string): Upload => ({
  data,
  mimetype,
  name,
  size: data.length,
})

/**
 * Makes every file before touching the database. Photos render on sharp's thread pool while the
 * demos are synthesized here, so the two overlap.
 */
const prepareFiles = (): PreparedArtist[] =>
  seedArtists
    .map((artist) => ({
      artist,
      photo: generatePhoto({ name: artist.name, seed: hashSeed(artist.slug) }).then((jpeg) =>
        upload(jpeg, 'image/jpeg', `${artist.slug}.jpg`),
      ),
    }))
    .map(({ artist, photo }) => {
      const random = createRandom(hashSeed(`${artist.slug}/demos`))
      return {
        artist,
        photo,
        demos: artist.demos.map((demo, i) => ({
          ...demo,
          file: upload(
            generateWav({
              seconds: random.int(9, 13),
              seed: random.int(1, 2 ** 31),
              pitchHz: artist.pitchHz,
              style: demo.category,
            }),
            'audio/wav',
            `${artist.slug}-demo-${i + 1}.wav`,
          ),
        })),
      }
    })

/** The demo accounts that are already in the database. */
const findSeedUsers = async ({ payload, req }: { payload: Payload; req?: PayloadRequest }) => {
  const { docs } = await payload.find({
    collection: slugs.users,
    where: { email: { in: Object.values(seedAccounts).map((a) => a.email) } },
    depth: 0,
    pagination: false,
    req,
  })
  return docs
}

/**
 * Creates the demo accounts, artists, photos and demos, all in one transaction: a failed seed leaves
 * no half-filled database behind (files already written to disk may remain). Development only.
 */
export const seed = async ({ payload }: { payload: Payload }): Promise<SeedResult> => {
  if (env.isProduction) {
    throw new SeedRefusal(
      'The demo seed creates accounts with known passwords; it never runs in production.',
    )
  }
  const started = performance.now()
  const existing = await findSeedUsers({ payload })
  if (existing.length > 0) {
    const emails = existing.map((u) => u.email).join(', ')
    throw new SeedRefusal(`Demo data already exists (${emails}).`)
  }
  // Made before the transaction starts, so the database is not locked while audio is synthesized.
  const files = prepareFiles()
  const req = await createLocalReq({}, payload)
  const ownsTransaction = await initTransaction(req)
  try {
    const userIds = new Map<SeedAccountKey, number>()
    for (const [key, { password, ...account }] of Object.entries(seedAccounts)) {
      const user = await payload.create({
        collection: slugs.users,
        data: { ...account, password },
        // Keeps the role we pass: without it, assignRole makes every new account a customer.
        context: { [TRUSTED_ROLE]: true },
        depth: 0,
        req,
      })
      userIds.set(key as SeedAccountKey, user.id)
    }

    let media = 0
    for (const { artist, photo, demos } of files) {
      const photoDoc = await payload.create({
        collection: slugs.media,
        data: { alt: `Illustrated portrait of ${artist.name} wearing studio headphones` },
        file: await photo,
        depth: 0,
        req,
      })
      const demoDocs = []
      for (const demo of demos) {
        const audio = await payload.create({
          collection: slugs.media,
          data: { alt: `${artist.name}: ${demo.title} (demo recording)` },
          file: demo.file,
          depth: 0,
          req,
        })
        demoDocs.push({ title: demo.title, category: demo.category, audio: audio.id })
      }
      media += 1 + demoDocs.length

      const { account, commercialRate, pitchHz: _pitch, demos: _demos, ...profile } = artist
      await payload.create({
        collection: slugs.voiceovers,
        data: {
          ...profile,
          user: account ? userIds.get(account) : undefined,
          photo: photoDoc.id,
          demos: demoDocs,
          rates: ratesFrom(commercialRate),
        },
        depth: 0,
        req,
      })
    }

    await seedLegalPages({ payload, req })

    if (ownsTransaction) await commitTransaction(req)
    // The demos' previews are queued with the uploads; make them now, so the seeded site plays at once.
    await payload.jobs.run({
      where: { taskSlug: { equals: DEMO_PREVIEW_TASK } },
      limit: 1000,
      sequential: true,
    })
    const active = seedArtists.filter((a) => a.active).length
    return {
      accounts: Object.values(seedAccounts),
      voiceovers: { active, inactive: seedArtists.length - active },
      media,
      seconds: (performance.now() - started) / 1000,
    }
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}

/**
 * Deletes what the seed created (its accounts and artists, with their photos and demos) so it can
 * run again. Refuses when bookings involve them: those belong to someone's test session, and their
 * audit trail can't be deleted.
 */
export const removeSeedData = async ({ payload }: { payload: Payload }): Promise<void> => {
  const req = await createLocalReq({}, payload)
  const ownsTransaction = await initTransaction(req)
  try {
    const users = await findSeedUsers({ payload, req })
    const voiceovers = await payload.find({
      collection: slugs.voiceovers,
      where: { slug: { in: seedArtists.map((a) => a.slug) } },
      depth: 0,
      pagination: false,
      req,
    })
    const userIds = users.map((u) => u.id)
    const voiceoverIds = voiceovers.docs.map((v) => v.id)

    if (userIds.length === 0 && voiceoverIds.length === 0) {
      if (ownsTransaction) await commitTransaction(req)
      return
    }
    const { totalDocs: bookings } = await payload.count({
      collection: slugs.bookings,
      where: {
        or: [
          ...(userIds.length > 0
            ? [{ customer: { in: userIds } }, { artist: { in: userIds } }]
            : []),
          ...(voiceoverIds.length > 0 ? [{ voiceover: { in: voiceoverIds } }] : []),
        ],
      },
      req,
    })
    if (bookings > 0) {
      throw new SeedRefusal(
        `${bookings} booking(s) involve the demo accounts or artists, so the demo data is not removed. ` +
          'To start over, stop the server and delete the data folder (DATA_DIR).',
      )
    }

    const mediaIds = voiceovers.docs.flatMap((v) => [
      ...(typeof v.photo === 'number' ? [v.photo] : []),
      ...(v.demos ?? []).flatMap((d) => (typeof d.audio === 'number' ? [d.audio] : [])),
    ])
    if (voiceoverIds.length > 0) {
      await payload.delete({
        collection: slugs.voiceovers,
        where: { id: { in: voiceoverIds } },
        req,
      })
    }
    if (mediaIds.length > 0) {
      await payload.delete({ collection: slugs.media, where: { id: { in: mediaIds } }, req })
    }
    if (userIds.length > 0) {
      await payload.delete({ collection: slugs.users, where: { id: { in: userIds } }, req })
    }
    if (ownsTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownsTransaction) await killTransaction(req)
    throw error
  }
}
