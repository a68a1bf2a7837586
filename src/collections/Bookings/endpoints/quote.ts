import type { Endpoint } from 'payload'
import { addDataAndFileToRequest } from 'payload'

import { quoteForBooking } from '../quoteForBooking'

/**
 * POST /api/bookings/quote — the live quote the booking form shows, computed by the same code that
 * prices the booking when it is created. Open to visitors: it only reveals prices for active artists.
 */
export const quoteEndpoint: Endpoint = {
  path: '/quote',
  method: 'post',
  handler: async (req) => {
    await addDataAndFileToRequest(req)
    const { quote, usage, rush, wordCount } = await quoteForBooking({ req, input: req.data ?? {} })
    return Response.json({ quote, usage, rushOrder: rush, wordCount })
  },
}
