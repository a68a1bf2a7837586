import type { Locale } from '../locales'

import enAccount from './en/account.json'
import enAuth from './en/auth.json'
import enBillingDetails from './en/billingDetails.json'
import enBooking from './en/booking.json'
import enBookingFlow from './en/bookingFlow.json'
import enBookings from './en/bookings.json'
import enCatalog from './en/catalog.json'
import enCommon from './en/common.json'
import enDashboard from './en/dashboard.json'
import enEmail from './en/email.json'
import enErrors from './en/errors.json'
import enInvoice from './en/invoice.json'
import enLabels from './en/labels.json'
import enLegal from './en/legal.json'
import enLists from './en/lists.json'
import enLicences from './en/licences.json'
import enLive from './en/live.json'
import enNotFound from './en/notFound.json'
import enOutbox from './en/outbox.json'
import enPlayer from './en/player.json'
import enProfile from './en/profile.json'
import enQc from './en/qc.json'
import enReview from './en/review.json'
import enScriptTiming from './en/scriptTiming.json'
import enReviewComments from './en/reviewComments.json'
import enSettings from './en/settings.json'
import enThread from './en/thread.json'
import enTimeline from './en/timeline.json'
import nlAccount from './nl/account.json'
import nlAuth from './nl/auth.json'
import nlBillingDetails from './nl/billingDetails.json'
import nlBooking from './nl/booking.json'
import nlBookingFlow from './nl/bookingFlow.json'
import nlBookings from './nl/bookings.json'
import nlCatalog from './nl/catalog.json'
import nlCommon from './nl/common.json'
import nlDashboard from './nl/dashboard.json'
import nlEmail from './nl/email.json'
import nlErrors from './nl/errors.json'
import nlInvoice from './nl/invoice.json'
import nlLabels from './nl/labels.json'
import nlLegal from './nl/legal.json'
import nlLists from './nl/lists.json'
import nlLicences from './nl/licences.json'
import nlLive from './nl/live.json'
import nlNotFound from './nl/notFound.json'
import nlOutbox from './nl/outbox.json'
import nlPlayer from './nl/player.json'
import nlProfile from './nl/profile.json'
import nlQc from './nl/qc.json'
import nlReview from './nl/review.json'
import nlScriptTiming from './nl/scriptTiming.json'
import nlReviewComments from './nl/reviewComments.json'
import nlSettings from './nl/settings.json'
import nlThread from './nl/thread.json'
import nlTimeline from './nl/timeline.json'

/**
 * Every sentence a person reads, per language, as ICU messages grouped by namespace (one JSON file
 * per namespace and language under `messages/<locale>/`). Used by the site through next-intl
 * (`src/i18n/request.ts`) and on the server — REST error sentences, emails, invoice PDFs — through
 * `translatorFor`. Adding a namespace: one file per language and one line per language below;
 * `catalogues.test.ts` fails when a key or an argument is missing in a language.
 */
export const messages = {
  nl: {
    account: nlAccount,
    auth: nlAuth,
    billingDetails: nlBillingDetails,
    booking: nlBooking,
    bookingFlow: nlBookingFlow,
    bookings: nlBookings,
    catalog: nlCatalog,
    common: nlCommon,
    dashboard: nlDashboard,
    email: nlEmail,
    errors: nlErrors,
    invoice: nlInvoice,
    labels: nlLabels,
    legal: nlLegal,
    licences: nlLicences,
    lists: nlLists,
    live: nlLive,
    notFound: nlNotFound,
    outbox: nlOutbox,
    player: nlPlayer,
    profile: nlProfile,
    qc: nlQc,
    review: nlReview,
    scriptTiming: nlScriptTiming,
    reviewComments: nlReviewComments,
    settings: nlSettings,
    thread: nlThread,
    timeline: nlTimeline,
  },
  en: {
    account: enAccount,
    auth: enAuth,
    billingDetails: enBillingDetails,
    booking: enBooking,
    bookingFlow: enBookingFlow,
    bookings: enBookings,
    catalog: enCatalog,
    common: enCommon,
    dashboard: enDashboard,
    email: enEmail,
    errors: enErrors,
    invoice: enInvoice,
    labels: enLabels,
    legal: enLegal,
    licences: enLicences,
    lists: enLists,
    live: enLive,
    notFound: enNotFound,
    outbox: enOutbox,
    player: enPlayer,
    profile: enProfile,
    qc: enQc,
    review: enReview,
    scriptTiming: enScriptTiming,
    reviewComments: enReviewComments,
    settings: enSettings,
    thread: enThread,
    timeline: enTimeline,
  },
} satisfies Record<Locale, Record<string, unknown>>

/** The catalogue shape, taken from the English files. */
export type Messages = (typeof messages)['en']
