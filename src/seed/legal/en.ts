/**
 * The English legal pages the seed publishes: a starting text written against what 14voices does
 * (pricing, licences, workflow, personal data), for the agency to review with its adviser and edit
 * in the admin. Markdown subset of `richTextFromMarkdown`.
 */
export const legalEn = {
  terms: {
    title: 'Terms of service',
    body: `**Draft for the agency to review.** This text was written to match how the 14voices booking platform works. 14voices reviews and adapts it (with legal advice where needed) before relying on it; until then it describes the platform's rules, not a checked legal position.

## 1. Who we are and when these terms apply
These terms apply to every booking a customer makes with 14voices (the agency) through this website. The agency's details are on the [contact page](/en/contact). When you book, you accept the version of these terms shown on this page at that moment; the booking records that version and the time.

## 2. Booking and price
- The price is calculated by the website when you book and shown on the booking button ("Book for €…"). That price is fixed for the booking.
- The price is made up of the artist's base fee for the project type, extra words beyond the words included in the base fee (per started block of 100 words), the usage licence (see section 5) and, for a rush order, a rush surcharge.
- Prices exclude VAT. VAT is added on the invoice where it applies: Dutch VAT for customers in the Netherlands and consumers in the EU, "VAT reverse-charged" for businesses elsewhere in the EU with a valid VAT number, and no VAT for export outside the EU.
- A booking is binding once you press the booking button after accepting these terms.

## 3. Script, recording and delivery
- You upload the script through the website. Scripts are stored privately: only you, the artist you booked and the agency can open them.
- The deadline counts in working days (Amsterdam time, Dutch public holidays and agency closing days excluded) from the day your script arrives. A rush order is delivered within one working day after the script arrives.
- The artist delivers the recording through the website; you can listen to it and download it there.

## 4. Revisions, approval and cancellation
- Each booking includes the number of free revision rounds shown in the booking. Further revision rounds are charged at the revision fee on the invoice. A revision is a change to the delivery within the original script and direction; a new or changed script is a new booking.
- You approve a delivery on the booking page. A delivery that stays in review without a decision for the number of days stated in the booking emails is approved automatically.
- You can cancel a booking yourself, with a reason, until the artist starts recording. After that, cancellation goes through the agency, which may charge the work already done.

## 5. Usage licence (buy-out)
- On full payment of the invoice, you receive a non-exclusive licence to use the recording for the project booked, within the **media** (online, radio, TV, cinema or internal use), **territory** (local, regional, national or worldwide) and **duration** (3, 6 or 12 months, or perpetual) chosen in the booking. The duration runs from the first publication, and at the latest from the approval of the delivery.
- "Perpetual" is a buy-out without a time limit, still limited to the media and territory booked.
- Any other use — another medium, a larger territory, a longer period, another campaign or product — needs a new or extended licence from the agency before the use starts.
- The licence may be passed on to the end client for whom the project was booked, for that project only.

## 6. No AI training or voice cloning
Recordings made through 14voices may not be used — by you or anyone you pass them to — to train, fine-tune or test any artificial-intelligence or machine-learning system, to create a synthetic or cloned version of the artist's voice, or to generate new speech in the artist's voice, **without the artist's prior written consent** given for that specific purpose. This applies to every licence, including perpetual buy-outs. Use in breach of this clause ends the licence.

## 7. Invoices and payment
The agency invoices the booking once the delivery is approved. Invoices are payable within the payment term stated on the invoice. Billable revisions are invoiced separately.

## 8. Confidentiality and personal data
The agency and its artists treat your scripts and recordings as confidential. How we handle personal data is described in the [privacy policy](/en/privacy).

## 9. Liability
The agency's liability for a booking is limited to the amount invoiced for that booking, except in case of intent or gross negligence.

## 10. Changes and applicable law
The agency may change these terms for future bookings; a booking keeps the version accepted when it was made. Dutch law applies.`,
  },
  privacy: {
    title: 'Privacy policy',
    body: `**Draft for the agency to review.** This policy describes what the 14voices platform does with personal data. 14voices reviews and adapts it before relying on it.

## Who is responsible
14voices (details on the [contact page](/en/contact)) is responsible for the personal data processed through this website.

## What we keep and why
- **Your account**: name, email address, password (stored only as a hash), language and, if you enter them, billing details (company, address, country, VAT number). We need these to run your bookings and invoice them.
- **Your bookings**: project details, scripts you upload, recordings, revision notes and decisions. These are needed to carry out the booking. The artist you book sees the booking and the script; they do not see your price.
- **Invoices**: number, date, amounts and the billing details at the time of invoicing. Dutch tax law requires us to keep invoices for 7 years.
- **Audit trail**: what happened to a booking, when, by whom, and the IP address of the request. We keep it with the booking to settle disputes and to protect accounts against misuse.
- **Emails** about your bookings and account, in your language.

## Who else sees it
The agency's staff, the artist of your booking (for that booking only) and the service providers that host the website, store the files and send the emails on our behalf. Private files (scripts, recordings, invoices) are never published at a public address: every download is checked against your account.

## How long we keep it
- Scripts and recordings of a completed booking are deleted automatically after a retention period (90 days after completion unless the agency sets another period). The booking itself stays, marked as "files deleted".
- Invoices are kept 7 years, also after you delete your account.
- Your account stays until you delete it.

## Your rights
- **See and download your data**: "Download my data" on your [data page](/en/account/privacy) gives you your profile, bookings, invoice details and the audit events about you as one file.
- **Delete your account**: "Delete my account" on the same page erases your name, email address and billing details. Bookings are kept for the agency without your name; invoices stay unchanged (7 years, as above).
- **Correct your data** in your account settings, or ask us.
- You may object to processing or ask us questions through the contact details on the contact page, and complain to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).

## Cookies
The website uses a login cookie (only when you log in) and a cookie that remembers your language. There are no advertising or tracking cookies, and no content is loaded from other websites.`,
  },
  contact: {
    title: 'Contact',
    body: `Questions about a booking, a licence or an invoice? Email us or call us during office hours (Monday to Friday, Amsterdam time). You can also reply to any email about your booking.

For questions about your personal data, see the [privacy policy](/en/privacy).`,
  },
} as const
