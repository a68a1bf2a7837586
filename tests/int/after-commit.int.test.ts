import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { afterCommit } from '@/db/afterCommit'
import { localGeneration } from '@/http/frontCache.mjs'
import { slugs } from '@/slugs'

import type { TestContext } from '../helpers/payload'
import { bootPayload } from '../helpers/payload'
import { createVoiceover } from '../helpers/scenario'

// A cached page expired from inside the editing transaction could be rendered again from the old
// rows before the commit, and kept until its time limit. Expiry now waits for the commit.
let ctx: TestContext

beforeAll(async () => {
  ctx = await bootPayload()
})

afterAll(async () => {
  await ctx?.cleanup()
})

/** The tagline as a request outside any transaction reads it (another connection). */
const taglineOutside = async (id: number): Promise<string | null | undefined> =>
  (await ctx.payload.findByID({ collection: slugs.voiceovers, id, depth: 0 })).tagline

describe('afterCommit', () => {
  it('should run a callback after the commit, when other connections already read the new rows', async () => {
    const artist = await createVoiceover({ payload: ctx.payload })
    const req = await createLocalReq({}, ctx.payload)
    await initTransaction(req)
    const seen: (string | null | undefined)[] = []
    await ctx.payload.update({
      collection: slugs.voiceovers,
      id: artist.id,
      data: { tagline: 'Committed tagline' },
      req,
    })
    await afterCommit(req, async () => {
      seen.push(await taglineOutside(artist.id))
    })
    const beforeCommit = [...seen]
    await commitTransaction(req)
    expect({ beforeCommit, afterCommit: seen }).toEqual({
      beforeCommit: [],
      afterCommit: ['Committed tagline'],
    })
  })

  it('should drop the callback when the transaction rolls back', async () => {
    const req = await createLocalReq({}, ctx.payload)
    await initTransaction(req)
    let ran = false
    await afterCommit(req, async () => {
      ran = true
    })
    await killTransaction(req)
    expect(ran).toBe(false)
  })

  it('should run the callback at once without a transaction', async () => {
    const req = await createLocalReq({}, ctx.payload)
    let ran = false
    await afterCommit(req, async () => {
      ran = true
    })
    expect(ran).toBe(true)
  })
})

describe('expiring the catalog after an artist edit', () => {
  it('should move the front cache on only once the edit has committed, and not for a rolled-back one', async () => {
    const artist = await createVoiceover({ payload: ctx.payload })
    const start = localGeneration()

    const rolledBack = await createLocalReq({}, ctx.payload)
    await initTransaction(rolledBack)
    await ctx.payload.update({
      collection: slugs.voiceovers,
      id: artist.id,
      data: { tagline: 'Never shown' },
      req: rolledBack,
    })
    await killTransaction(rolledBack)
    const afterRollback = localGeneration()

    const req = await createLocalReq({}, ctx.payload)
    await initTransaction(req)
    await ctx.payload.update({
      collection: slugs.voiceovers,
      id: artist.id,
      data: { tagline: 'Shown after the commit' },
      req,
    })
    const beforeCommit = localGeneration()
    await commitTransaction(req)
    expect([afterRollback, beforeCommit, localGeneration()]).toEqual([start, start, start + 1])
  })
})
