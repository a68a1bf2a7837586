import { describe, expect, it } from 'vitest'

import type { ScriptLanguage } from './spokenWords'
import { countSpokenWords, scriptLanguageOf, spokenText } from './spokenWords'

/**
 * Sentences with their spoken word counts, worked out by hand from how a voice artist reads them
 * (the reading is in the comment; see spokenWords.ts for the rules behind each choice).
 */
const table: [ScriptLanguage, string, number][] = [
  // Plain prose: one word per word, punctuation is silent.
  ['nl', 'Welkom bij de stemmen van Nederland.', 6],
  ['nl', 'Kies – en dat is het belangrijkste – de juiste stem!', 9],
  ['en', 'Welcome to the voices of the Netherlands.', 7],
  // Numbers: Dutch writes numbers below a thousand as one word.
  ['nl', 'Al 22 jaar de beste.', 5], // al tweeëntwintig jaar de beste
  ['nl', 'Meer dan 1.250 klanten.', 4], // meer dan twaalfhonderdvijftig klanten
  ['nl', 'Nu 3,5 keer sneller.', 6], // nu drie komma vijf keer sneller
  ['nl', '2.500 stemmen', 3], // tweeduizend vijfhonderd stemmen
  ['en', 'For 22 years.', 3], // for twenty-two years (hyphenated: one word)
  ['en', 'Over 1,250 clients.', 8], // over one thousand two hundred and fifty clients
  ['en', 'Now 3.5 times faster.', 6], // now three point five times faster
  // Money.
  ['nl', 'Slechts € 1.250 per maand.', 5], // slechts twaalfhonderdvijftig euro per maand
  ['nl', 'Voor maar €12,50!', 5], // voor maar twaalf euro vijftig
  ['nl', 'Nu € 99,- per stuk.', 5], // nu negenennegentig euro per stuk
  ['nl', 'Het kost 25 euro.', 4], // het kost vijfentwintig euro
  ['en', 'Only €1,250 a month.', 10], // only one thousand two hundred and fifty euros a month
  ['en', 'Only £3.50 left.', 5], // only three pounds fifty left
  // Percentages.
  ['nl', 'Nu 50% korting.', 4], // nu vijftig procent korting
  ['nl', 'Rente 2,5 %.', 5], // rente twee komma vijf procent
  ['en', 'Save 50% now.', 4], // save fifty percent now
  // Times.
  ['nl', 'Open om 14:30 uur.', 5], // open om veertien uur dertig
  ['nl', 'Vanaf 9.00 uur.', 3], // vanaf negen uur
  ['en', 'Doors open at 14:30.', 5], // doors open at fourteen thirty
  ['en', 'Call at 9:05 am.', 7], // call at nine oh five a m
  ['en', 'We start at 9:00.', 5], // we start at nine o'clock
  // Dates and years.
  ['nl', 'Op 12-03-2025 open.', 6], // op twaalf maart tweeduizend vijfentwintig open
  ['nl', 'Sinds 1998.', 2], // sinds negentienachtennegentig
  ['en', 'On 12/03/2025 we open.', 9], // on the twelfth of March twenty twenty-five we open
  ['en', 'Since 1998.', 3], // since nineteen ninety-eight
  ['en', 'Since 1905.', 4], // since nineteen oh five
  // Ordinals.
  ['nl', 'Voor de 3e keer.', 4], // voor de derde keer
  ['en', 'For the 21st time.', 4], // for the twenty-first time
  // Web and e-mail addresses.
  ['nl', 'www.14voices.nl', 9], // w w w punt veertien voices punt n l
  ['nl', 'Kijk op https://www.14voices.nl/boeken.', 13], // kijk op w w w punt veertien voices punt n l slash boeken
  ['nl', 'Mail info@14voices.nl', 8], // mail info apenstaartje veertien voices punt n l
  ['en', 'Visit voices.com today.', 5], // visit voices dot com today
  ['en', 'Email jan.de.vries@example.org', 10], // email jan dot de dot vries at example dot org
  // Phone numbers: digit by digit.
  ['nl', 'Bel 020-1234567.', 11], // bel nul twee nul één twee drie vier vijf zes zeven
  // Abbreviations.
  ['nl', 'Kies bijv. een warme stem.', 5], // kies bijvoorbeeld een warme stem
  ['nl', 'Stemmen, muziek, enz.', 3], // stemmen muziek enzovoort
  ['nl', 'Dat is d.w.z. snel.', 6], // dat is dat wil zeggen snel
  ['nl', 'Prijzen zijn excl. btw.', 6], // prijzen zijn exclusief b t w
  ['nl', 'Ma t/m vr', 5], // ma tot en met vr
  ['nl', 'Nog 5km & dan thuis.', 6], // nog vijf kilometer en dan thuis
  ['en', 'Warm voices, e.g. radio.', 5], // warm voices for example radio
  ['en', 'Ads, promos, etc.', 4], // ads promos et cetera
  ['en', 'Mr. Smith & Dr. Jones', 5], // mister smith and doctor jones
  // Words that look like abbreviations but are not.
  ['en', 'I am here.', 3],
  ['nl', 'Wij zijn er.', 3],
]

describe('countSpokenWords', () => {
  it.each(table)('should count "%s: %s" as %i spoken words', (language, sentence, expected) => {
    expect(countSpokenWords(sentence, language)).toBe(expected)
  })

  it('should count an empty or punctuation-only text as no words', () => {
    expect(countSpokenWords('', 'nl')).toBe(0)
    expect(countSpokenWords(' – … !\n\n', 'en')).toBe(0)
  })
})

describe('spokenText', () => {
  it('should write a Dutch amount as one word with the currency after it', () => {
    expect(spokenText('€ 1.250', 'nl').trim()).toBe('twaalfhonderdvijftig euro')
  })

  it('should spell www and a country domain letter by letter', () => {
    expect(spokenText('www.14voices.nl', 'nl').replace(/\s+/g, ' ').trim()).toBe(
      'w w w punt veertien voices punt n l',
    )
  })

  it('should write a Dutch compound number as one word', () => {
    expect(spokenText('22', 'nl').trim()).toBe('tweeëntwintig')
  })
})

describe('scriptLanguageOf', () => {
  it('should count English for an English language code and Dutch otherwise', () => {
    expect([scriptLanguageOf('en'), scriptLanguageOf('en-GB')]).toEqual(['en', 'en'])
    expect([scriptLanguageOf('nl-BE'), scriptLanguageOf('de'), scriptLanguageOf(null)]).toEqual([
      'nl',
      'nl',
      'nl',
    ])
  })
})
