import type { Payload } from 'payload'

import { formWith, pdfFile, wavFile } from './files'
import type { RestClient } from './rest'

/**
 * The body of `POST /bookings/:id/transition` for a change written the way tests describe it
 * (`cancellationReason`, `expectedStatus`): the endpoint's own names are `reason` and `expectedStatus`.
 */
export const transitionExtra = ({
  cancellationReason,
  ...rest
}: Record<string, unknown>): Record<string, unknown> =>
  cancellationReason === undefined ? rest : { ...rest, reason: cancellationReason }

export type Doc = { id: number; [key: string]: unknown }
export type List<T = Doc> = { docs: T[]; totalDocs: number }

/** REST steps of the booking journey, each as the given user's token. */
export const journey = (api: RestClient, voiceover: () => number) => {
  const book = async (token: string, extra: Record<string, unknown> = {}) => {
    const res = await api.post<{ doc: Doc }>('/bookings', {
      token,
      json: {
        voiceover: voiceover(),
        projectTitle: 'Audio journey',
        projectType: 'commercial',
        termsAccepted: true,
        ...extra,
      },
    })
    if (res.status !== 201)
      throw new Error(`booking failed: ${res.status} ${JSON.stringify(res.body)}`)
    return res.body.doc
  }

  const uploadScript = async (token: string, bookingId: number) =>
    api.post<{ doc: Doc }>('/scripts', {
      token,
      form: formWith(
        { data: await pdfFile(), name: 'script.pdf', type: 'application/pdf' },
        { booking: String(bookingId) },
      ),
    })

  const setStatus = (
    token: string,
    id: number,
    status: string,
    extra: Record<string, unknown> = {},
  ) =>
    api.post<{ doc: Doc; errors?: { message: string }[] }>(`/bookings/${id}/transition`, {
      token,
      json: { to: status, ...transitionExtra(extra) },
    })

  const deliver = (
    token: string,
    bookingId: number,
    file: { data: Buffer; name: string; type?: string } = {
      data: wavFile(1),
      name: 'take.wav',
      type: 'audio/wav',
    },
    notes = 'Warm read, two alternates at the end.',
  ) =>
    api.post<{ doc: Doc }>('/deliverables', {
      token,
      form: formWith(file, { booking: String(bookingId), notes }),
    })

  const decide = (token: string, deliverableId: number, decision: string, decisionNotes?: string) =>
    api.patch<{ doc: Doc }>(`/deliverables/${deliverableId}`, {
      token,
      json: { decision, ...(decisionNotes ? { decisionNotes } : {}) },
    })

  /** A booking the customer booked, with a script, that the artist has started recording. */
  const inProduction = async (
    tokens: { customer: string; artist: string },
    extra?: Record<string, unknown>,
  ) => {
    const booking = await book(tokens.customer, extra)
    const script = await uploadScript(tokens.customer, booking.id)
    if (script.status !== 201) throw new Error(`script upload failed: ${script.status}`)
    const started = await setStatus(tokens.artist, booking.id, 'in_production')
    if (started.status !== 200) throw new Error(`start failed: ${started.status}`)
    return booking
  }

  /**
   * The artist (or an admin) shows a delivery to the customer without waiting for, or despite, its
   * technical check (`POST /deliverables/:id/release`).
   */
  const release = (token: string, deliverableId: number, note = 'Mixed as the customer asked.') =>
    api.post<{ doc: Doc }>(`/deliverables/${deliverableId}/release`, { token, json: { note } })

  /**
   * Delivers and releases at once, the way tests that are not about the technical check get a
   * delivery the customer sees (the test take is 22.05 kHz, which no spec accepts). Returns the
   * delivery as released.
   */
  const deliverShown = async (
    token: string,
    bookingId: number,
    file?: { data: Buffer; name: string; type?: string },
  ) => {
    const delivery = await deliver(token, bookingId, file)
    if (delivery.status !== 201) return delivery
    const released = await release(token, delivery.body.doc.id)
    if (released.status !== 200)
      throw new Error(`release failed: ${released.status} ${JSON.stringify(released.body)}`)
    return { ...delivery, body: { doc: released.body.doc } }
  }

  /** …and delivered once, so it waits for the customer's review. Returns the booking and delivery. */
  const inReview = async (
    tokens: { customer: string; artist: string },
    extra?: Record<string, unknown>,
  ) => {
    const booking = await inProduction(tokens, extra)
    const delivery = await deliverShown(tokens.artist, booking.id)
    if (delivery.status !== 201)
      throw new Error(`delivery failed: ${delivery.status} ${JSON.stringify(delivery.body)}`)
    return { booking, delivery: delivery.body.doc }
  }

  return {
    book,
    uploadScript,
    setStatus,
    deliver,
    release,
    deliverShown,
    decide,
    inProduction,
    inReview,
  }
}

/** Runs every queued job until the queue is empty (tests drive the queue; nothing runs by itself). */
export const drainJobs = async (payload: Payload) => {
  for (let i = 0; i < 20; i++) {
    const result = (await payload.jobs.run({ limit: 100 })) as {
      noJobsRemaining?: boolean
      jobStatus?: Record<string, unknown>
    }
    if (result.noJobsRemaining || !result.jobStatus || Object.keys(result.jobStatus).length === 0)
      return
  }
}
