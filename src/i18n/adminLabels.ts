/**
 * The admin panel's own words in English and Dutch: collection and global names, field labels,
 * field descriptions and select option labels. Payload translates its own interface (buttons,
 * menus) through `@payloadcms/translations`; these are the project's words on top of it.
 *
 * The collection configs keep their English (names, descriptions); `withAdminLabels` turns them
 * into `{ en, nl }` objects from the tables below when the config is built. Words that belong to
 * a domain concept live beside it and are only gathered here: booking statuses
 * (`domain/bookingStatus.ts`), catalogue vocabulary (`domain/catalog.ts`), usage licences
 * (`domain/pricing.ts`). `tests/int/admin-i18n.int.test.ts` fails when anything is left in one
 * language only — a new field needs a line in `fieldLabels` (or a `{ en, nl }` label of its own).
 */
import type { CollectionConfig, Field, GlobalConfig, Option } from 'payload'

import { statusLabels, statusLabelsNl } from '@/domain/bookingStatus'
import type { BookingStatus } from '@/domain/bookingStatus'
import { ageRanges, demoCategories, genders, projectTypes, voiceStyles } from '@/domain/catalog'
import { usageLabels } from '@/domain/pricing'
import { vocabularyLanguages } from '@/domain/vocabulary'
import { exampleVatId } from '@/domain/vat'
import type { auditActions } from '@/audit/actions'
import { audioFormats } from '@/domain/audio'

export type Translated = { en: string; nl: string }

/** The admin languages. Dutch is the agency's and the fallback. */
export const adminLanguages = ['nl', 'en'] as const

const t = (en: string, nl: string): Translated => ({ en, nl })

/**
 * The sentence of `text` in the request's admin language (Payload's `req.i18n`, from its language
 * cookie or Accept-Language): for field validation messages, which Payload shows as given.
 */
export const inRequestLanguage = (
  req: { i18n?: { language?: string } } | undefined,
  text: Translated,
): string => (req?.i18n?.language?.startsWith('en') ? text.en : text.nl)

/** Collection names, singular and plural, by slug. */
export const collectionLabels: Record<string, { singular: Translated; plural: Translated }> = {
  users: { singular: t('User', 'Gebruiker'), plural: t('Users', 'Gebruikers') },
  media: { singular: t('Media file', 'Mediabestand'), plural: t('Media', 'Media') },
  voiceovers: {
    singular: t('Voice-over artist', 'Stemacteur'),
    plural: t('Voice-over artists', 'Stemacteurs'),
  },
  languages: { singular: t('Language', 'Taal'), plural: t('Languages', 'Talen') },
  accents: { singular: t('Accent', 'Accent'), plural: t('Accents', 'Accenten') },
  bookings: { singular: t('Booking', 'Boeking'), plural: t('Bookings', 'Boekingen') },
  scripts: { singular: t('Script', 'Script'), plural: t('Scripts', 'Scripts') },
  'audit-events': {
    singular: t('Audit event', 'Auditgebeurtenis'),
    plural: t('Audit trail', 'Audittrail'),
  },
  deliverables: { singular: t('Delivery', 'Levering'), plural: t('Deliveries', 'Leveringen') },
  invoices: { singular: t('Invoice', 'Factuur'), plural: t('Invoices', 'Facturen') },
  counters: { singular: t('Counter', 'Teller'), plural: t('Counters', 'Tellers') },
  avatars: { singular: t('Avatar', 'Profielfoto'), plural: t('Avatars', 'Profielfoto’s') },
  'email-deliveries': {
    singular: t('Email delivery', 'Verzonden e-mail'),
    plural: t('Email deliveries', 'Verzonden e-mails'),
  },
  messages: { singular: t('Message', 'Bericht'), plural: t('Messages', 'Berichten') },
  'message-digests': {
    singular: t('Message digest', 'Berichtenoverzicht'),
    plural: t('Message digests', 'Berichtenoverzichten'),
  },
  'legal-pages': {
    singular: t('Legal page', 'Juridische pagina'),
    plural: t('Terms, privacy & contact', 'Voorwaarden, privacy & contact'),
  },
  'booking-reads': {
    singular: t('Seen mark', 'Gelezen-markering'),
    plural: t('Seen marks', 'Gelezen-markeringen'),
  },
  licences: { singular: t('Licence', 'Licentie'), plural: t('Licences', 'Licenties') },
}

/** Global names by slug. */
export const globalLabels: Record<string, Translated> = {
  pricing: t('Pricing rules', 'Prijsregels'),
  company: t('Company & invoicing', 'Bedrijf & facturatie'),
  quotas: t('Quotas', 'Limieten'),
  privacy: t('Privacy & retention', 'Privacy & bewaartermijnen'),
}

/** Admin navigation groups (English as written in the configs → both languages). */
export const groupLabels: Record<string, Translated> = {
  System: t('System', 'Systeem'),
}

/**
 * Field labels by field name. A name means the same thing wherever it appears (a `customer` is
 * always the customer's account); where it doesn't, the field carries an English `label` of its
 * own and `labelTranslations` gives its Dutch.
 */
export const fieldLabels: Record<string, Translated> = {
  anonymisedAt: t('Anonymised at', 'Geanonimiseerd op'),
  purgedAt: t('Files deleted at', 'Bestanden verwijderd op'),
  privateFileRetentionDays: t('Keep private files (days)', 'Privébestanden bewaren (dagen)'),
  accents: t('Accents', 'Accenten'),
  catalogRank: t('Catalog order', 'Volgorde in catalogus'),
  fromRateCents: t('Lowest rate', 'Laagste tarief'),
  error: t('Error', 'Foutmelding'),
  filename: t('File name', 'Bestandsnaam'),
  url: t('URL', 'URL'),
  mimeType: t('MIME type', 'MIME-type'),
  peaksFilename: t('Waveform file name', 'Bestandsnaam golfvorm'),
  peaksUrl: t('Waveform URL', 'URL golfvorm'),
  nameEn: t('Name (English)', 'Naam (Engels)'),
  nameNl: t('Name (Dutch)', 'Naam (Nederlands)'),
  acceptedAt: t('Accepted at', 'Geaccepteerd op'),
  action: t('Action', 'Actie'),
  active: t('Active', 'Actief'),
  causedBy: t('Caused by', 'Veroorzaakt door'),
  seenEventId: t('Last event seen', 'Laatst geziene gebeurtenis'),
  actor: t('By', 'Door'),
  actorType: t('Actor type', 'Soort actor'),
  address: t('Address', 'Adres'),
  ageRange: t('Age range', 'Leeftijd'),
  alt: t('Alternative text', 'Alternatieve tekst'),
  amountCents: t('Amount', 'Bedrag'),
  artist: t('Artist', 'Stemacteur'),
  author: t('Author', 'Afzender'),
  authorRole: t('Written as', 'Geschreven als'),
  audio: t('Audio', 'Audio'),
  autoApproveDays: t('Auto-approve after (days)', 'Automatisch goedgekeurd na (dagen)'),
  autoApproved: t('Approved automatically', 'Automatisch goedgekeurd'),
  billableRevision: t('Billable revision', 'Betaalde revisie'),
  billableRevisions: t('Billable revisions', 'Betaalde revisies'),
  billing: t('Billing', 'Factuurgegevens'),
  bio: t('Biography', 'Biografie'),
  bitDepth: t('Bit depth', 'Bitdiepte'),
  booking: t('Booking', 'Boeking'),
  bookingsPerDay: t('Bookings per day', 'Boekingen per dag'),
  body: t('Text', 'Tekst'),
  bookingsPerHour: t('Bookings per hour', 'Boekingen per uur'),
  buyer: t('Buyer', 'Koper'),
  cancellationReason: t('Cancellation reason', 'Reden van annulering'),
  category: t('Category', 'Categorie'),
  channels: t('Channels', 'Kanalen'),
  closureDays: t('Closure days', 'Sluitingsdagen'),
  codec: t('Codec', 'Codec'),
  company: t('Company', 'Bedrijf'),
  country: t('Country', 'Land'),
  creditFor: t('Credit for', 'Creditering van'),
  creditNotePrefix: t('Credit note prefix', 'Voorvoegsel creditnota'),
  customer: t('Customer', 'Klant'),
  customerType: t('Customer type', 'Soort klant'),
  date: t('Date', 'Datum'),
  deadline: t('Deadline', 'Deadline'),
  decidedAt: t('Decided at', 'Besloten op'),
  decidedBy: t('Decided by', 'Besloten door'),
  decision: t('Decision', 'Besluit'),
  decisionNotes: t('Decision notes', 'Toelichting bij besluit'),
  deliveriesPerBooking: t('Deliveries per booking', 'Leveringen per boeking'),
  deliveryBytesPerBooking: t('Audio bytes per booking', 'Audiobytes per boeking'),
  deliveryCount: t('Deliveries', 'Leveringen'),
  demos: t('Demos', 'Demo’s'),
  description: t('Description', 'Omschrijving'),
  details: t('Details', 'Details'),
  directionNotes: t('Direction notes', 'Regie-aanwijzingen'),
  dueDate: t('Due date', 'Vervaldatum'),
  durationSeconds: t('Duration (s)', 'Duur (s)'),
  email: t('Email', 'E-mail'),
  emailChange: t('Pending email change', 'Openstaande wijziging e-mailadres'),
  expiresAt: t('Expires at', 'Verloopt op'),
  newEmail: t('New email address', 'Nieuw e-mailadres'),
  requestId: t('Request ID', 'Verzoek-ID'),
  tokenHash: t('Token hash', 'Tokenhash'),
  endOfDay: t('End of the working day', 'Einde werkdag'),
  extraWordsPer100Cents: t('Extra words, per 100', 'Extra woorden, per 100'),
  finalPrice: t('Final price', 'Eindprijs'),
  format: t('Format', 'Formaat'),
  freeRevisionRounds: t('Free revision rounds', 'Gratis revisierondes'),
  artistSharePercent: t('Artist’s share (%)', 'Aandeel artiest (%)'),
  billingSnapshot: t('Billing details (at booking)', 'Factuurgegevens (bij boeking)'),
  correction: t('Correction', 'Correctie'),
  replaces: t('Replaces invoice', 'Vervangt factuur'),
  fromStatus: t('From status', 'Van status'),
  gender: t('Gender', 'Geslacht'),
  iban: t('IBAN', 'IBAN'),
  idempotencyKey: t('Idempotency key', 'Idempotentiesleutel'),
  includedWords: t('Included words', 'Inbegrepen woorden'),
  invoicePrefix: t('Invoice prefix', 'Voorvoegsel factuur'),
  ip: t('IP address', 'IP-adres'),
  issueDate: t('Issue date', 'Factuurdatum'),
  key: t('Key', 'Sleutel'),
  messages: t('Messages', 'Berichten'),
  recipientRole: t('Recipient', 'Ontvanger'),
  sequence: t('Number', 'Volgnummer'),
  kind: t('Kind', 'Soort'),
  kvk: t('KvK number', 'KvK-nummer'),
  language: t('Language', 'Taal'),
  languages: t('Languages', 'Talen'),
  lines: t('Lines', 'Regels'),
  locale: t('Language', 'Taal'),
  media: t('Media', 'Media'),
  messageId: t('Message ID', 'Bericht-ID'),
  name: t('Name', 'Naam'),
  native: t('Native speaker', 'Moedertaal'),
  notes: t('Notes', 'Opmerkingen'),
  number: t('Number', 'Nummer'),
  onceKey: t('Once key', 'Eenmaligheidssleutel'),
  originalFilename: t('Original file name', 'Oorspronkelijke bestandsnaam'),
  phone: t('Phone', 'Telefoon'),
  paymentTermDays: t('Payment term (days)', 'Betalingstermijn (dagen)'),
  photo: t('Photo', 'Foto'),
  projectTitle: t('Project title', 'Projecttitel'),
  projectType: t('Project type', 'Soort project'),
  quantity: t('Quantity', 'Aantal'),
  quoteBreakdown: t('Quote', 'Offerte'),
  quotedPrice: t('Quoted price', 'Geoffreerde prijs'),
  rates: t('Rates', 'Tarieven'),
  reason: t('Reason', 'Reden'),
  recipient: t('Recipient', 'Ontvanger'),
  reference: t('Booking number', 'Boekingsnummer'),
  region: t('Region', 'Regio'),
  revisionFeeCents: t('Revision fee', 'Prijs per revisie'),
  revisionRounds: t('Revision rounds', 'Revisierondes'),
  revisionTurnaroundDays: t('Revision turnaround (working days)', 'Levertijd revisie (werkdagen)'),
  role: t('Role', 'Rol'),
  rushAvailable: t('Rush available', 'Spoed mogelijk'),
  rushOrder: t('Rush order', 'Spoedopdracht'),
  rushSurchargePercent: t('Rush surcharge (%)', 'Spoedtoeslag (%)'),
  sampleRateHz: t('Sample rate (Hz)', 'Samplefrequentie (Hz)'),
  seller: t('Seller', 'Verkoper'),
  sentAt: t('Sent at', 'Verzonden op'),
  supersededAt: t('Replaced at', 'Vervangen op'),
  slug: t('URL name', 'URL-naam'),
  staffLanguage: t('Language of staff emails', 'Taal van e-mails aan het team'),
  status: t('Status', 'Status'),
  statusChangedAt: t('Status changed at', 'Status gewijzigd op'),
  styles: t('Styles', 'Stijlen'),
  subject: t('Subject', 'Onderwerp'),
  subtotal: t('Subtotal', 'Subtotaal'),
  tagline: t('Tagline', 'Slogan'),
  termsAcceptance: t('Terms of service accepted', 'Algemene voorwaarden geaccepteerd'),
  term: t('Term', 'Looptijd'),
  title: t('Title', 'Titel'),
  to: t('To', 'Aan'),
  toStatus: t('To status', 'Naar status'),
  total: t('Total', 'Totaal'),
  turnaroundDays: t('Turnaround (working days)', 'Levertijd (werkdagen)'),
  unitCents: t('Unit price', 'Prijs per stuk'),
  uploadedBy: t('Uploaded by', 'Geüpload door'),
  usage: t('Usage licence', 'Gebruikslicentie'),
  user: t('Login account', 'Inlogaccount'),
  value: t('Value', 'Waarde'),
  vatAmount: t('VAT', 'Btw'),
  vatId: t('VAT ID', 'Btw-nummer'),
  vatNote: t('VAT note', 'Btw-vermelding'),
  vatRatePercent: t('VAT rate (%)', 'Btw-tarief (%)'),
  vatTreatment: t('VAT treatment', 'Btw-behandeling'),
  version: t('Version', 'Versie'),
  voiceover: t('Voice-over artist', 'Stemacteur'),
  wordCount: t('Word count', 'Aantal woorden'),
  estimatedSeconds: t('Estimated duration (seconds)', 'Geschatte duur (seconden)'),
  speakingRates: t('Speaking rates', 'Spreektempo'),
  targetSeconds: t('Target length (seconds)', 'Gewenste lengte (seconden)'),
  // Rates per project type (Voiceovers) and usage percentages (Pricing) are named by their value.
  ...Object.fromEntries(projectTypes.map((p) => [p.value, t(p.label, p.labelNl)])),
  ...usageLabels,
  months3: usageLabels['3_months'],
  months6: usageLabels['6_months'],
  months12: usageLabels['12_months'],
  // Usage licences (collections/Licences) and licence renewals.
  startsAt: t('Starts', 'Ingangsdatum'),
  endsAt: t('Ends', 'Einddatum'),
  usageFeeCents: t('Original usage fee', 'Oorspronkelijke licentieprijs'),
  terms: t('Licence terms', 'Licentievoorwaarden'),
  aiVoiceCloning: t('AI training and voice cloning', 'AI-training en stemklonen'),
  renews: t('Renews', 'Verlengt'),
  renewedBy: t('Renewed by', 'Verlengd door'),
  reminders: t('Reminders sent', 'Herinneringen verstuurd'),
  days30: t('30 days before', '30 dagen vooraf'),
  days7: t('7 days before', '7 dagen vooraf'),
  renewalOf: t('Renews licence', 'Verlengt licentie'),
  renewalPercent: t('Licence renewal rate (%)', 'Verlengingstarief licentie (%)'),
}

/** Dutch for the English labels a field sets itself (where its name alone would be ambiguous). */
export const labelTranslations: Record<string, string> = {
  'Detected audio': 'Gedetecteerde audio',
  'Streaming preview': 'Streamingvoorbeeld',
  'Bit rate (bit/s)': 'Bitrate (bit/s)',
  'Size (bytes)': 'Grootte (bytes)',
  'Artist notes': 'Opmerkingen van de stemacteur',
  Code: 'Code',
  Key: 'Sleutel',
}

/** Dutch for the English descriptions in the configs, keyed by the English sentence. */
export const descriptionTranslations: Record<string, string> = {
  'Made from the uploaded demo by the server (MP3, 128 kbit/s) with its waveform.':
    'Door de server gemaakt van de geüploade demo (MP3, 128 kbit/s), met de golfvorm.',
  'The artist’s fee as % of the booking price excl. VAT (rounded down to the cent). Artists see their fee, never the customer’s price.':
    'Het honorarium van de artiest als % van de boekingsprijs excl. btw (naar beneden afgerond op de cent). Artiesten zien hun honorarium, nooit de prijs van de klant.',
  'The file was deleted under the retention policy at this time.':
    'Het bestand is op dit moment verwijderd volgens de bewaartermijn.',
  'Days after a booking is completed before its scripts and audio deliveries are deleted (the records stay, marked as purged). Invoices are kept 7 years regardless.':
    'Dagen na het afronden van een boeking waarna de scripts en audioleveringen worden verwijderd (de gegevens blijven, gemarkeerd als verwijderd). Facturen worden hoe dan ook 7 jaar bewaard.',
  '% of the base rate': '% van het basistarief',
  'Languages artists can be found by in the catalog.':
    'Talen waarop stemacteurs in de catalogus te vinden zijn.',
  'Accents artists can be found by in the catalog.':
    'Accenten waarop stemacteurs in de catalogus te vinden zijn.',
  'ISO 639 code, optionally with a region: nl, en, nl-BE.':
    'ISO 639-code, eventueel met een regio: nl, en, nl-BE.',
  'Lower-case letters, digits and hyphens, used in links: british-rp.':
    'Kleine letters, cijfers en streepjes, gebruikt in links: british-rp.',
  'Order under “Recommended” in the catalog: lower comes first.':
    'Volgorde onder “Aanbevolen” in de catalogus: lager komt eerst.',
  'Append-only record of everything that happened to bookings.':
    'Onveranderlijk verslag van alles wat er met boekingen is gebeurd.',
  'Base fee per project type.': 'Basistarief per soort project.',
  'Bookings one customer may create in any 24 hours.':
    'Boekingen die één klant binnen 24 uur mag aanmaken.',
  'Bookings one customer may create in any 60 minutes.':
    'Boekingen die één klant binnen 60 minuten mag aanmaken.',
  'Audio versions one booking may hold.': 'Audioversies die één boeking mag bevatten.',
  'Changed with the actions on the booking’s page on the site.':
    'Wijzigt via de knoppen op de pagina van de boeking op de site.',
  'Describe the image for screen readers.': 'Beschrijf de afbeelding voor schermlezers.',
  'Empty for lossy formats.': 'Leeg bij formaten met verlies.',
  'End of the working day, Amsterdam time (HH:MM). Deadlines fall at this time; a script that arrives later counts from the next working day.':
    'Einde van de werkdag, Amsterdamse tijd (UU:MM). Deadlines vallen op dit tijdstip; een script dat later binnenkomt telt vanaf de volgende werkdag.',
  'Extra days the agency is closed (Dutch public holidays and weekends are skipped already; Liberation Day only in lustrum years, Good Friday not). Deadlines skip these days.':
    'Extra dagen waarop het bureau gesloten is (Nederlandse feestdagen en weekenden worden al overgeslagen; Bevrijdingsdag alleen in lustrumjaren, Goede Vrijdag niet). Deadlines slaan deze dagen over.',
  'Fee per revision round beyond the free ones (excl. VAT); it becomes a line on the invoice.':
    'Prijs per revisieronde boven de gratis rondes (excl. btw); komt als regel op de factuur.',
  'The fee the customer was told for this billable revision round (excl. VAT); the invoice charges it.':
    'De prijs die de klant voor deze betaalde revisieronde is genoemd (excl. btw); de factuur rekent die.',
  'Working days the artist gets for a revision, counted from the request; the booking’s deadline moves to then (never earlier).':
    'Werkdagen die de stemacteur voor een revisie krijgt, gerekend vanaf het verzoek; de deadline van de boeking schuift daarheen (nooit naar voren).',
  'Language of the emails to the agency’s team (new bookings, overdue work, cancellations).':
    'Taal van de e-mails aan het team van het bureau (nieuwe boekingen, te late opdrachten, annuleringen).',
  'Terms of service, privacy policy and contact page on the site, one per kind and language. Raise the version when the terms change in substance: new bookings record the version their customer accepted.':
    'Algemene voorwaarden, privacyverklaring en contactpagina op de site, één per soort en taal. Verhoog de versie als de voorwaarden inhoudelijk veranderen: nieuwe boekingen leggen vast welke versie de klant heeft geaccepteerd.',
  'E.g. the date the text takes effect: 2026-11-30. Bookings record the terms version their customer accepted.':
    'Bijvoorbeeld de datum waarop de tekst ingaat: 2026-11-30. Boekingen leggen vast welke versie van de voorwaarden de klant heeft geaccepteerd.',
  'For example: team day.': 'Bijvoorbeeld: teamdag.',
  'Inactive artists are hidden from the catalog.':
    'Inactieve stemacteurs zijn niet zichtbaar in de catalogus.',
  'ISO 3166-1 alpha-2, e.g. NL; XI for Northern Ireland':
    'ISO 3166-1 alpha-2, bijvoorbeeld NL; XI voor Noord-Ierland',
  'Limits on what customers and artists can create; admins are exempt. Going over answers "429 Too Many Requests" with a sentence saying when to try again.':
    'Grenzen aan wat klanten en stemacteurs kunnen aanmaken; beheerders zijn uitgezonderd. Wie eroverheen gaat krijgt "429 Too Many Requests" met een zin die zegt wanneer het weer kan.',
  'Price per started block of 100 words beyond the included amount.':
    'Prijs per begonnen blok van 100 woorden boven het inbegrepen aantal.',
  'Read from the file itself when it was uploaded.':
    'Bij het uploaden uit het bestand zelf gelezen.',
  'Revision rounds beyond the free ones: billable.':
    'Revisierondes boven de gratis rondes: betaald.',
  'Revision rounds included in every booking; more are flagged as billable.':
    'Revisierondes die bij elke boeking inbegrepen zijn; meer worden als betaald gemarkeerd.',
  'Standard turnaround in working days.': 'Standaard levertijd in werkdagen.',
  'The artist’s login account.': 'Het inlogaccount van de stemacteur.',
  'The assigned artist’s account (from the voice-over profile).':
    'Het account van de toegewezen stemacteur (uit het stemprofiel).',
  'The name the file had when it was uploaded.': 'De naam van het bestand bij het uploaden.',
  'This revision request went beyond the free rounds.':
    'Dit revisieverzoek ging boven de gratis rondes uit.',
  'Usage licence = base rate × media% × region% × term%.':
    'Gebruikslicentie = basistarief × media% × regio% × looptijd%.',
  'Used in the URL; filled from name when empty.':
    'Wordt gebruikt in de URL; leeg gelaten wordt het uit de naam gevuld.',
  'Versions delivered so far.': 'Tot nu toe geleverde versies.',
  'A delivery left in review this many days is approved automatically.':
    'Een levering die zo veel dagen ter beoordeling ligt, wordt automatisch goedgekeurd.',
  'Words included in the base rate.': 'Woorden die bij het basistarief inbegrepen zijn.',
  'Words per minute an artist speaks, per project type (script duration estimates).':
    'Woorden per minuut die een stem spreekt, per soort project (voor de geschatte duur van scripts).',
  'words per minute': 'woorden per minuut',
  [`Checked (format and check digits) for EU member states and the UK, e.g. ${exampleVatId('DE')}.`]: `Gecontroleerd (opbouw en controlecijfers) voor EU-lidstaten en het VK, bijvoorbeeld ${exampleVatId('DE')}.`,
  'Empty for a perpetual licence. Ends at the end of the day, Amsterdam time.':
    'Leeg bij een onbeperkte licentie. Loopt af aan het eind van de dag, Amsterdamse tijd.',
  'Using the recording to train AI or clone the voice. Prohibited unless agreed in writing.':
    'De opname gebruiken om AI te trainen of de stem te klonen. Verboden, tenzij schriftelijk anders afgesproken.',
  'The licence this one renews.': 'De licentie die deze verlengt.',
  'The artist’s account (from the voice-over profile).':
    'Het account van de stemacteur (uit het stemprofiel).',
  'The usage licence this booking renews.': 'De gebruikslicentie die deze boeking verlengt.',
  'A usage licence renewal costs this % of the original usage fee (excl. VAT). It needs no new recording.':
    'Een verlenging van de gebruikslicentie kost dit % van de oorspronkelijke licentieprijs (excl. btw). Er is geen nieuwe opname voor nodig.',
}

const catalogOptions = (
  list: readonly { value: string; label: string; labelNl: string }[],
): Record<string, Translated> =>
  Object.fromEntries(list.map((o) => [o.value, t(o.label, o.labelNl)]))

const statusOptions: Record<string, Translated> = Object.fromEntries(
  (Object.keys(statusLabels) as BookingStatus[]).map((s) => [
    s,
    t(statusLabels[s], statusLabelsNl[s]),
  ]),
)

/** A message's author or a digest's recipient, relative to the booking. */
const messagePartyLabels: Record<string, Translated> = {
  customer: t('Customer', 'Klant'),
  artist: t('Artist', 'Stemacteur'),
  staff: t('14voices staff', '14voices-team'),
}

const auditActionLabels: Record<(typeof auditActions)[number], Translated> = {
  'booking.created': t('Booking created', 'Boeking aangemaakt'),
  'booking.status_changed': t('Status changed', 'Status gewijzigd'),
  'booking.updated': t('Booking updated', 'Boeking bijgewerkt'),
  'script.uploaded': t('Script uploaded', 'Script geüpload'),
  'script.replaced': t('Script replaced', 'Script vervangen'),
  'script.downloaded': t('Script downloaded', 'Script gedownload'),
  'deliverable.uploaded': t('Audio delivered', 'Audio geleverd'),
  'deliverable.downloaded': t('Audio downloaded', 'Audio gedownload'),
  'deliverable.decided': t('Delivery decided', 'Besluit over levering'),
  'invoice.issued': t('Invoice issued', 'Factuur uitgereikt'),
  'invoice.downloaded': t('Invoice downloaded', 'Factuur gedownload'),
  'credit_note.issued': t('Credit note issued', 'Creditnota uitgereikt'),
  'invoice.corrected': t('Invoice corrected', 'Factuur gecorrigeerd'),
  'message.posted': t('Message posted', 'Bericht geplaatst'),
  'account.erased': t('Account erased', 'Account gewist'),
  'account.email_changed': t('Email address changed', 'E-mailadres gewijzigd'),
  'files.purged': t('Files deleted (retention)', 'Bestanden verwijderd (bewaartermijn)'),
  'booking.word_count_confirmed': t(
    'New price for word count confirmed',
    'Nieuwe prijs voor aantal woorden bevestigd',
  ),
  'deliverable.published': t(
    'Delivery passed the technical check',
    'Levering door technische controle',
  ),
  'deliverable.released': t(
    'Delivery released by the artist',
    'Levering vrijgegeven door de artiest',
  ),
}

/**
 * Select option labels by field name, then value. Values of one field name never clash (the
 * booking statuses and the email delivery statuses share `status` without sharing a value).
 */
export const optionLabels: Record<string, Record<string, Translated>> = {
  status: {
    ...statusOptions,
    sending: t('Sending', 'Wordt verzonden'),
    sent: t('Sent', 'Verzonden'),
    // A demo's streaming preview (media.preview.status).
    pending: t('Being made', 'Wordt gemaakt'),
    ready: t('Ready', 'Klaar'),
    failed: t('Failed', 'Mislukt'),
    // A usage licence (licences.status).
    active: t('Active', 'Actief'),
    expired: t('Expired', 'Verlopen'),
    renewed: t('Renewed', 'Verlengd'),
  },
  fromStatus: statusOptions,
  toStatus: statusOptions,
  projectType: catalogOptions(projectTypes),
  category: catalogOptions(demoCategories),
  gender: catalogOptions(genders),
  // Selects of a document's language (invoices, legal pages) use the same codes as the catalog.
  language: Object.fromEntries(vocabularyLanguages.map((l) => [l.id, t(l.en, l.nl)])),
  ageRange: catalogOptions(ageRanges),
  styles: catalogOptions(voiceStyles),
  media: usageLabels,
  region: usageLabels,
  term: usageLabels,
  role: {
    admin: t('Admin', 'Beheerder'),
    customer: t('Customer', 'Klant'),
    voiceover: t('Voice-over artist', 'Stemacteur'),
  },
  locale: { nl: t('Dutch (Nederlands)', 'Nederlands'), en: t('English', 'Engels (English)') },
  staffLanguage: {
    nl: t('Dutch (Nederlands)', 'Nederlands'),
    en: t('English', 'Engels (English)'),
  },
  customerType: { business: t('Business', 'Zakelijk'), consumer: t('Consumer', 'Particulier') },
  kind: {
    invoice: t('Invoice', 'Factuur'),
    credit_note: t('Credit note', 'Creditnota'),
    terms: t('Terms of service', 'Algemene voorwaarden'),
    privacy: t('Privacy policy', 'Privacyverklaring'),
    contact: t('Contact', 'Contact'),
    // A booking's kind (bookings.kind).
    recording: t('Recording', 'Opname'),
    renewal: t('Licence renewal', 'Licentieverlenging'),
  },
  aiVoiceCloning: {
    prohibited: t('Prohibited', 'Verboden'),
    permitted: t('Permitted (agreed in writing)', 'Toegestaan (schriftelijk afgesproken)'),
  },
  decision: {
    approved: t('Approved', 'Goedgekeurd'),
    revision_requested: t('Revision requested', 'Revisie gevraagd'),
  },
  vatTreatment: {
    domestic: t('Dutch VAT', 'Nederlandse btw'),
    reverse_charge: t('EU reverse charge', 'Btw verlegd (EU)'),
    export: t('Export (outside the EU)', 'Export (buiten de EU)'),
  },
  action: auditActionLabels,
  authorRole: messagePartyLabels,
  recipientRole: messagePartyLabels,
  actorType: { user: t('Person', 'Persoon'), system: t('System', 'Systeem') },
  // Format names are the same in every language.
  format: Object.fromEntries(audioFormats.map((f) => [f, t(f, f)])),
}

type WithAdminText = {
  label?: unknown
  admin?: { description?: unknown }
}

const translateDescription = <T extends WithAdminText>(item: T): T => {
  const description = item.admin?.description
  if (typeof description !== 'string') return item
  const nl = descriptionTranslations[description]
  return nl ? { ...item, admin: { ...item.admin, description: t(description, nl) } } : item
}

const translateOptions = (name: string, options: readonly Option[]): Option[] =>
  options.map((option) => {
    const value = typeof option === 'string' ? option : option.value
    const label = typeof option === 'string' ? option : option.label
    if (typeof label !== 'string') return option
    const translated = optionLabels[name]?.[value]
    return translated ? { label: translated, value } : option
  })

/**
 * `fields` with English labels, descriptions and option labels replaced by `{ en, nl }` objects
 * from the tables above, at any depth. A field whose label is already an object (or a function)
 * keeps it; anything the tables don't know stays as written (the completeness test names it).
 */
export const withFieldLabels = (fields: Field[]): Field[] =>
  fields.map((original): Field => {
    let field = translateDescription(original as Field & WithAdminText) as Field
    if ('name' in field && typeof field.name === 'string') {
      const current = (field as { label?: unknown }).label
      const label =
        typeof current === 'string'
          ? labelTranslations[current]
            ? t(current, labelTranslations[current])
            : fieldLabels[field.name]
          : current === undefined
            ? fieldLabels[field.name]
            : undefined
      if (label) field = { ...field, label } as Field
      if ((field.type === 'select' || field.type === 'radio') && 'options' in field) {
        field = { ...field, options: translateOptions(field.name, field.options) } as Field
      }
    }
    if (field.type === 'tabs') {
      return {
        ...field,
        tabs: field.tabs.map((tab) => ({ ...tab, fields: withFieldLabels(tab.fields) })),
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      return { ...field, fields: withFieldLabels(field.fields) } as Field
    }
    return field
  })

const translateGroup = (group: unknown): unknown =>
  typeof group === 'string' && groupLabels[group] ? groupLabels[group] : group

/** A collection with its name, group, description and fields in both admin languages. */
export const withCollectionLabels = (collection: CollectionConfig): CollectionConfig => {
  const labels = collectionLabels[collection.slug]
  const translated = translateDescription(collection as CollectionConfig & WithAdminText)
  return {
    ...translated,
    ...(labels ? { labels } : {}),
    admin: {
      ...translated.admin,
      group: translateGroup(translated.admin?.group) as NonNullable<
        CollectionConfig['admin']
      >['group'],
    },
    fields: withFieldLabels(collection.fields),
  }
}

/** A global with its name, description and fields in both admin languages. */
export const withGlobalLabels = (global: GlobalConfig): GlobalConfig => {
  const label = globalLabels[global.slug]
  const translated = translateDescription(global as GlobalConfig & WithAdminText)
  return {
    ...translated,
    ...(label ? { label } : {}),
    fields: withFieldLabels(global.fields),
  }
}
