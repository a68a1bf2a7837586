import { describe, expect, it } from 'vitest'

import type { Sentence } from '@/errors/sentence'
import { renderSentence } from '@/errors/sentence'

import type { CustomerType, VatTreatment } from './vat'
import {
  checkVatId,
  countryName,
  DUTCH_VAT_RATE_PERCENT,
  EU_COUNTRIES,
  exampleVatId,
  EXPORT_NOTE,
  isValidVatId,
  normaliseCountry,
  normaliseVatId,
  REVERSE_CHARGE_NOTE,
  vatAmountCents,
  vatIdExamples,
  vatIdProblem,
  vatTreatment,
} from './vat'

/*
 * Valid IDs below are worked out by hand from each country's published check-digit rule:
 * - DE123456788: ISO 7064 MOD 11,10 over 12345678 gives 8 (and 81115616 gives 2).
 * - EL123456783: Σ dᵢ·2^(9−i) over 12345678 = 740, 740 mod 11 = 3.
 * - ATU12345675: digits × 1,2,1,2… with cross sums = 31, (96 − 31) mod 10 = 5.
 * - NL123456782B01: Σ dᵢ·(9…2) over 12345678 = 156, 156 mod 11 = 2.
 * - FR32123456789: key = (12 + 3·(123456789 mod 97)) mod 97 = 32; keys with letters carry no check.
 * - ESB12345674: CIF control digit of B1234567 is 4; ESX1234567L: NIE X → 0, 1234567 mod 23 = 19 → L.
 * - GB123456782 / XI123456782: Σ dᵢ·(8…2) over 1234567 = 112, 97 − (112 mod 97) = 82.
 * - BE0123456749: 97 − (1234567 mod 97) = 49.  IE1234567T: Σ dᵢ·(8…2) = 112, 112 mod 23 = 20 → T.
 */

const domestic: VatTreatment = { kind: 'domestic', ratePercent: 21, invoiceNote: null }
const reverseCharge: VatTreatment = {
  kind: 'reverse_charge',
  ratePercent: 0,
  invoiceNote: REVERSE_CHARGE_NOTE,
}
const outsideEu: VatTreatment = { kind: 'export', ratePercent: 0, invoiceNote: EXPORT_NOTE }

describe('EU_COUNTRIES', () => {
  it('should list the 27 member states once each, by ISO code', () => {
    expect(new Set(EU_COUNTRIES).size).toBe(27)
    expect(EU_COUNTRIES).toContain('GR')
    expect(EU_COUNTRIES).not.toContain('EL')
  })

  it('should not list the UK or Northern Ireland', () => {
    expect(EU_COUNTRIES).not.toContain('GB')
    expect(EU_COUNTRIES).not.toContain('XI')
  })

  it('should charge the Dutch standard rate of 21%', () => {
    expect(DUTCH_VAT_RATE_PERCENT).toBe(21)
  })
})

describe('vatTreatment', () => {
  it.each<{
    name: string
    country: string
    customerType: CustomerType
    vatId?: string | null
    expected: VatTreatment
  }>([
    {
      name: 'a Dutch business',
      country: 'NL',
      customerType: 'business',
      vatId: 'NL123456782B01',
      expected: domestic,
    },
    { name: 'a Dutch consumer', country: 'NL', customerType: 'consumer', expected: domestic },
    {
      name: 'a German business with a valid VAT ID',
      country: 'DE',
      customerType: 'business',
      vatId: 'DE123456788',
      expected: reverseCharge,
    },
    {
      name: 'a German business with a VAT ID typed with spaces, dots and dashes',
      country: 'DE',
      customerType: 'business',
      vatId: 'de 811.156-162',
      expected: reverseCharge,
    },
    {
      name: 'a German business whose VAT ID fails the check digit',
      country: 'DE',
      customerType: 'business',
      vatId: 'DE123456789',
      expected: domestic,
    },
    {
      name: 'a German business with a malformed VAT ID',
      country: 'DE',
      customerType: 'business',
      vatId: 'DE12345',
      expected: domestic,
    },
    {
      name: 'a German business with a Dutch VAT ID',
      country: 'DE',
      customerType: 'business',
      vatId: 'NL123456782B01',
      expected: domestic,
    },
    {
      name: 'a German business without a VAT ID',
      country: 'DE',
      customerType: 'business',
      vatId: null,
      expected: domestic,
    },
    {
      name: 'a German consumer, even with a VAT ID',
      country: 'DE',
      customerType: 'consumer',
      vatId: 'DE123456788',
      expected: domestic,
    },
    {
      name: 'a Belgian business',
      country: 'BE',
      customerType: 'business',
      vatId: 'BE0123.456.749',
      expected: reverseCharge,
    },
    {
      name: 'a Greek business with an EL VAT ID',
      country: 'GR',
      customerType: 'business',
      vatId: 'EL123456783',
      expected: reverseCharge,
    },
    {
      name: 'a Greek business with a GR-prefixed VAT ID',
      country: 'GR',
      customerType: 'business',
      vatId: 'GR123456783',
      expected: domestic,
    },
    {
      name: 'a Greek business whose country is given as EL',
      country: 'EL',
      customerType: 'business',
      vatId: 'EL123456783',
      expected: reverseCharge,
    },
    {
      name: 'an Austrian business with an ATU VAT ID',
      country: 'AT',
      customerType: 'business',
      vatId: 'ATU12345675',
      expected: reverseCharge,
    },
    {
      name: 'an Austrian business without the U',
      country: 'AT',
      customerType: 'business',
      vatId: 'AT12345675',
      expected: domestic,
    },
    {
      name: 'a French business with letters in the key',
      country: 'FR',
      customerType: 'business',
      vatId: 'FRXY123456789',
      expected: reverseCharge,
    },
    {
      name: 'a French business with a numeric key',
      country: 'FR',
      customerType: 'business',
      vatId: 'FR32 123 456 789',
      expected: reverseCharge,
    },
    {
      name: 'a French business with a wrong numeric key',
      country: 'FR',
      customerType: 'business',
      vatId: 'FR33123456789',
      expected: domestic,
    },
    {
      name: 'a Spanish business with a letter-led CIF',
      country: 'ES',
      customerType: 'business',
      vatId: 'ESB12345674',
      expected: reverseCharge,
    },
    {
      name: 'a Northern Ireland business (XI VAT ID, country GB)',
      country: 'GB',
      customerType: 'business',
      vatId: 'XI123456782',
      expected: outsideEu,
    },
    {
      name: 'a Northern Ireland business whose country is given as XI',
      country: 'XI',
      customerType: 'business',
      vatId: 'XI123456782',
      expected: outsideEu,
    },
    {
      name: 'a Northern Ireland business whose country is given as GB-NIR',
      country: 'GB-NIR',
      customerType: 'business',
      vatId: 'XI123456782',
      expected: outsideEu,
    },
    {
      name: 'a UK business',
      country: 'GB',
      customerType: 'business',
      vatId: 'GB123456782',
      expected: outsideEu,
    },
    {
      name: 'a Swiss business',
      country: 'CH',
      customerType: 'business',
      vatId: 'CHE-123.456.789 MWST',
      expected: outsideEu,
    },
    {
      name: 'a Norwegian business',
      country: 'NO',
      customerType: 'business',
      vatId: 'NO123456789MVA',
      expected: outsideEu,
    },
    {
      name: 'a US business',
      country: 'US',
      customerType: 'business',
      vatId: null,
      expected: outsideEu,
    },
    { name: 'a US consumer', country: 'US', customerType: 'consumer', expected: domestic },
    { name: 'a Swiss consumer', country: 'CH', customerType: 'consumer', expected: domestic },
    {
      name: 'a Northern Ireland consumer',
      country: 'XI',
      customerType: 'consumer',
      expected: domestic,
    },
    {
      name: 'a lowercase country code',
      country: ' de ',
      customerType: 'business',
      vatId: 'de123456788',
      expected: reverseCharge,
    },
    { name: 'a missing country', country: '', customerType: 'business', expected: domestic },
    {
      name: 'an unknown country code',
      country: 'XX',
      customerType: 'business',
      vatId: 'XX123',
      expected: domestic,
    },
    {
      name: 'a country name instead of a code',
      country: 'Germany',
      customerType: 'business',
      vatId: 'DE123456788',
      expected: domestic,
    },
  ])('should apply the right treatment for $name', ({ country, customerType, vatId, expected }) => {
    expect(vatTreatment({ country, customerType, vatId })).toEqual(expected)
  })

  it('should say "Reverse charge" and "btw verlegd" and cite Article 196 of the VAT Directive', () => {
    expect(REVERSE_CHARGE_NOTE).toMatch(/^Reverse charge/)
    expect(REVERSE_CHARGE_NOTE).toMatch(/btw verlegd/)
    expect(REVERSE_CHARGE_NOTE).toMatch(/Article 196 of Council Directive 2006\/112\/EC/)
  })

  it('should say a supply outside the EU is not subject to Dutch VAT and cite Article 44', () => {
    expect(EXPORT_NOTE).toMatch(/Not subject to Dutch VAT/)
    expect(EXPORT_NOTE).toMatch(/btw niet van toepassing/)
    expect(EXPORT_NOTE).toMatch(/outside the EU/)
    expect(EXPORT_NOTE).toMatch(/Article 44 of Council Directive 2006\/112\/EC/)
  })
})

describe('normaliseVatId', () => {
  it('should drop the spaces, dots and dashes people type and uppercase the letters', () => {
    expect(normaliseVatId(' nl 1234.56782-b01 ')).toBe('NL123456782B01')
  })
})

describe('checkVatId', () => {
  it.each([
    ['NL123456782B01', 'NL'],
    ['nl 1234.56782-b01', 'NL'],
    ['DE123456788', 'DE'],
    ['DE811156162', 'DE'],
    ['BE0123456749', 'BE'],
    ['FR32123456789', 'FR'],
    ['FRXY123456789', 'FR'],
    ['ATU12345675', 'AT'],
    ['EL123456783', 'GR'],
    ['EL123456783', 'EL'],
    ['ESB12345674', 'ES'],
    ['ESX1234567L', 'ES'],
    ['IE1234567T', 'IE'],
    ['GB123456782', 'GB'],
    ['XI123456782', 'GB'],
    ['XI123456782', 'XI'],
  ])('should accept %s for %s', (vatId, country) => {
    expect(checkVatId({ vatId, country })).toBe('valid')
  })

  it.each([
    ['DE123456789', 'DE', 'checksum'],
    ['NL123456789B01', 'NL', 'checksum'],
    ['ATU12345676', 'AT', 'checksum'],
    ['EL123456784', 'GR', 'checksum'],
    ['FR33123456789', 'FR', 'checksum'],
    ['ESX1234567M', 'ES', 'checksum'],
    ['XI123456783', 'XI', 'checksum'],
    ['NL123456782', 'NL', 'format'],
    ['NL123456782B1', 'NL', 'format'],
    ['DE12345678', 'DE', 'format'],
    ['DE1234567890', 'DE', 'format'],
    ['AT12345675', 'AT', 'format'],
    ['FR1234567890', 'FR', 'format'],
    ['GR123456783', 'GR', 'wrong_prefix'],
    ['DE123456788', 'AT', 'wrong_prefix'],
    ['123456788', 'DE', 'wrong_prefix'],
    ['CHE123456789', 'CH', 'not_checked'],
    ['US123456789', 'US', 'not_checked'],
    ['DE123456788', '', 'not_checked'],
  ])('should find %s for %s to be %s', (vatId, country, expected) => {
    expect(checkVatId({ vatId, country })).toBe(expected)
  })
})

const english = (sentence: Sentence | null) => sentence && renderSentence(sentence, 'en')

describe('vatIdProblem', () => {
  it('should allow an empty VAT ID', () => {
    expect(vatIdProblem({ vatId: ' ', country: 'DE' })).toBeNull()
    expect(vatIdProblem({ vatId: null, country: 'DE' })).toBeNull()
  })

  it('should allow a valid VAT ID and an ID from a country whose IDs are not checked', () => {
    expect(vatIdProblem({ vatId: 'DE 123 456 788', country: 'DE' })).toBeNull()
    expect(vatIdProblem({ vatId: 'CHE-123.456.789', country: 'CH' })).toBeNull()
  })

  it('should ask to check the digits when the check digit fails', () => {
    expect(english(vatIdProblem({ vatId: 'DE123456789', country: 'DE' }))).toBe(
      'This VAT ID is not valid for Germany: check the digits. A VAT ID from Germany looks like DE123456788.',
    )
  })

  it('should name the country in Dutch for a Dutch reader', () => {
    const problem = vatIdProblem({ vatId: 'DE123456789', country: 'DE' })
    expect(problem && renderSentence(problem, 'nl')).toBe(
      'Dit btw-nummer is niet geldig voor Duitsland: controleer de cijfers. Een btw-nummer uit Duitsland ziet eruit als DE123456788.',
    )
  })

  it('should point a Greek customer at the EL prefix with a valid example', () => {
    const problem = english(vatIdProblem({ vatId: 'GR123456783', country: 'GR' }))
    expect(problem).toMatch(/^A VAT ID for Greece starts with EL, e.g. EL\d{9}\./)
    const example = /e\.g\. (EL\d{9})/.exec(problem ?? '')?.[1] ?? ''
    expect(isValidVatId(example, 'GR')).toBe(true)
  })

  it('should show an Austrian customer the ATU format with a valid example', () => {
    const problem = english(vatIdProblem({ vatId: 'AT123456789', country: 'AT' }))
    expect(problem).toMatch(
      /^This is not the format of a VAT ID for Austria: it looks like ATU\d{8}\.$/,
    )
    const example = /(ATU\d{8})/.exec(problem ?? '')?.[1] ?? ''
    expect(isValidVatId(example, 'AT')).toBe(true)
  })
})

describe('exampleVatId', () => {
  it.each([...EU_COUNTRIES, 'GB', 'XI'])('should give a valid example for %s', (country) => {
    const example = exampleVatId(country)
    expect(example).not.toBeNull()
    expect(isValidVatId(example ?? '', country)).toBe(true)
  })

  it.each([
    ['GR', /^EL\d{9}$/],
    ['AT', /^ATU\d{8}$/],
    ['NL', /^NL\d{9}B\d{2}$/],
    ['XI', /^XI\d{9}$/],
  ])('should write the example for %s with its own prefix', (country, pattern) => {
    expect(exampleVatId(country)).toMatch(pattern)
  })

  it('should give no example where IDs are not checked', () => {
    expect(exampleVatId('US')).toBeNull()
    expect(exampleVatId('CH')).toBeNull()
  })

  it('should list an example for each member state and the UK', () => {
    expect(Object.keys(vatIdExamples()).sort()).toEqual([...EU_COUNTRIES, 'GB', 'XI'].sort())
  })
})

describe('countryName', () => {
  it('should name the country for sentences, Northern Ireland included', () => {
    expect(countryName('de')).toBe('Germany')
    expect(countryName('EL')).toBe('Greece')
    expect(countryName('XI')).toBe('Northern Ireland')
  })
})

describe('vatAmountCents', () => {
  it.each([
    [10_000, 21, 2_100],
    [1_050, 21, 221], // 220.5 rounds up
    [1_049, 21, 220], // 220.29
    [1, 21, 0],
    [3, 21, 1], // 0.63
    [50, 1, 1], // exactly half a cent
    [12_345, 0, 0],
    [0, 21, 0],
  ])('should charge %i × %i%% = %i cents', (subtotalCents, ratePercent, expected) => {
    expect(vatAmountCents({ subtotalCents, ratePercent })).toBe(expected)
  })

  it.each([1, 3, 50, 1_049, 1_050, 10_000, 99_999])(
    'should round a negative amount symmetrically (%i)',
    (cents) => {
      const credit = vatAmountCents({ subtotalCents: -cents, ratePercent: 21 })
      const debit = vatAmountCents({ subtotalCents: cents, ratePercent: 21 })
      expect(credit + debit).toBe(0)
    },
  )

  it('should round half away from zero for a credit note', () => {
    expect(vatAmountCents({ subtotalCents: -1_050, ratePercent: 21 })).toBe(-221)
  })

  it('should not return negative zero', () => {
    expect(Object.is(vatAmountCents({ subtotalCents: -1, ratePercent: 21 }), 0)).toBe(true)
  })

  it('should stay exact for large amounts', () => {
    // 9_007_199_254_740 × 21 = 189_151_184_349_540; /100 rounds down from …495.4
    expect(vatAmountCents({ subtotalCents: 9_007_199_254_740, ratePercent: 21 })).toBe(
      1_891_511_843_495,
    )
  })

  it.each([
    { subtotalCents: 10.5, ratePercent: 21 },
    { subtotalCents: 100, ratePercent: 20.5 },
    { subtotalCents: 100, ratePercent: -1 },
  ])('should refuse non-integer inputs ($subtotalCents, $ratePercent)', (input) => {
    expect(() => vatAmountCents(input)).toThrow(RangeError)
  })
})

describe('Polish NIP check digit', () => {
  // 1·6+2·5+3·7+4·2+5·3+6·4+7·5+8·6+9·7 = 230, and 230 mod 11 = 10: no valid check digit exists.
  it('should refuse a NIP whose weighted sum leaves remainder 10, which jsvat takes for 0', () => {
    expect(checkVatId({ vatId: 'PL1234567890', country: 'PL' })).toBe('checksum')
  })

  it('should still accept a real NIP', () => {
    // 5·6+2·5+6·7+0·2+2·3+5·4+0·5+9·6+9·7 = 225, 225 mod 11 = 5: the tenth digit is 5.
    expect(checkVatId({ vatId: 'PL5260250995', country: 'PL' })).toBe('valid')
  })

  it('should give a Polish example that passes the full rule', () => {
    expect(checkVatId({ vatId: exampleVatId('PL') ?? '', country: 'PL' })).toBe('valid')
  })
})

describe('normaliseCountry for codes that are not countries', () => {
  it.each(['XX', 'XA', 'QO', 'EU', 'UN', 'ZZ', 'AA'])('should refuse %s', (code) => {
    expect(normaliseCountry(code)).toBeNull()
  })
  it.each([
    ['xi', 'XI'],
    ['XK', 'XK'],
    ['pl', 'PL'],
  ])('should accept %s as %s', (code, expected) => {
    expect(normaliseCountry(code)).toBe(expected)
  })
})
