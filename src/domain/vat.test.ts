import { describe, expect, it } from 'vitest'

import type { CustomerType, VatTreatment } from './vat'
import {
  DUTCH_VAT_RATE_PERCENT,
  EU_COUNTRIES,
  EXPORT_NOTE,
  isValidVatIdFormat,
  REVERSE_CHARGE_NOTE,
  vatAmountCents,
  vatTreatment,
} from './vat'

const domestic: VatTreatment = { kind: 'domestic', ratePercent: 21, invoiceNote: null }
const reverseCharge: VatTreatment = {
  kind: 'reverse_charge',
  ratePercent: 0,
  invoiceNote: REVERSE_CHARGE_NOTE,
}
const exportOutsideEu: VatTreatment = { kind: 'export', ratePercent: 0, invoiceNote: EXPORT_NOTE }

describe('EU_COUNTRIES', () => {
  it('should list the 27 member states once each, by ISO code', () => {
    expect(new Set(EU_COUNTRIES).size).toBe(27)
    expect(EU_COUNTRIES).toContain('GR')
    expect(EU_COUNTRIES).not.toContain('EL')
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
      vatId: 'NL123456789B01',
      expected: domestic,
    },
    { name: 'a Dutch consumer', country: 'NL', customerType: 'consumer', expected: domestic },
    {
      name: 'a German business with a valid VAT ID',
      country: 'DE',
      customerType: 'business',
      vatId: 'DE 123 456 789',
      expected: reverseCharge,
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
      vatId: 'NL123456789B01',
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
      vatId: 'DE123456789',
      expected: domestic,
    },
    {
      name: 'a Belgian business with a valid VAT ID',
      country: 'BE',
      customerType: 'business',
      vatId: 'BE0123.456.789',
      expected: reverseCharge,
    },
    {
      name: 'a Greek business with an EL VAT ID',
      country: 'GR',
      customerType: 'business',
      vatId: 'EL123456789',
      expected: reverseCharge,
    },
    {
      name: 'a Greek business with a GR-prefixed VAT ID',
      country: 'GR',
      customerType: 'business',
      vatId: 'GR123456789',
      expected: domestic,
    },
    {
      name: 'a Greek business whose country is given as EL',
      country: 'EL',
      customerType: 'business',
      vatId: 'EL123456789',
      expected: reverseCharge,
    },
    {
      name: 'a US business',
      country: 'US',
      customerType: 'business',
      vatId: null,
      expected: exportOutsideEu,
    },
    { name: 'a US consumer', country: 'US', customerType: 'consumer', expected: domestic },
    {
      name: 'a Swiss business',
      country: 'CH',
      customerType: 'business',
      vatId: 'CHE-123.456.789',
      expected: exportOutsideEu,
    },
    {
      name: 'a Swiss consumer',
      country: 'CH',
      customerType: 'consumer',
      expected: domestic,
    },
    {
      name: 'a UK business',
      country: 'GB',
      customerType: 'business',
      vatId: 'GB123456789',
      expected: exportOutsideEu,
    },
    {
      name: 'a lowercase country code',
      country: ' de ',
      customerType: 'business',
      vatId: 'de123456789',
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
      vatId: 'DE123456789',
      expected: domestic,
    },
  ])('should apply the right treatment for $name', ({ country, customerType, vatId, expected }) => {
    expect(vatTreatment({ country, customerType, vatId })).toEqual(expected)
  })

  it('should cite the reverse-charge article of the VAT Directive', () => {
    expect(REVERSE_CHARGE_NOTE).toMatch(/Article 196 of Council Directive 2006\/112\/EC/)
  })

  it('should say an export is outside the scope of Dutch VAT', () => {
    expect(EXPORT_NOTE).toMatch(/outside the scope of Dutch VAT/i)
  })
})

describe('isValidVatIdFormat', () => {
  it.each([
    ['NL123456789B01', 'NL'],
    ['nl 1234.56789-b01', 'NL'],
    ['DE123456789', 'DE'],
    ['BE0123456789', 'BE'],
    ['BE1123456789', 'BE'],
    ['FR12345678901', 'FR'],
    ['FRXY123456789', 'FR'],
    ['ATU12345678', 'AT'],
    ['EL123456789', 'GR'],
    ['ESX1234567X', 'ES'],
    ['IE1234567T', 'IE'],
    ['IE1234567WA', 'IE'],
    ['IE1A23456B', 'IE'],
    ['IT12345678901', 'IT'],
    ['PL1234567890', 'PL'],
    ['SE123456789001', 'SE'],
    ['RO12', 'RO'],
    ['RO1234567890', 'RO'],
    ['LT123456789012', 'LT'],
    ['CY12345678L', 'CY'],
    ['DK12345678', 'dk'],
  ])('should accept %s for %s', (vatId, country) => {
    expect(isValidVatIdFormat(vatId, country)).toBe(true)
  })

  it.each([
    ['NL123456789', 'NL', 'missing the B-suffix'],
    ['NL123456789B1', 'NL', 'a one-digit suffix'],
    ['123456789', 'DE', 'no prefix'],
    ['DE12345678', 'DE', 'too few digits'],
    ['DE1234567890', 'DE', 'too many digits'],
    ['DE123456789', 'AT', 'the prefix of another country'],
    ['BE2123456789', 'BE', 'a first digit other than 0 or 1'],
    ['FR1234567890', 'FR', 'a short key'],
    ['AT12345678', 'AT', 'no U after AT'],
    ['GR123456789', 'GR', 'the ISO code instead of EL'],
    ['SE123456789002', 'SE', 'a suffix other than 01'],
    ['RO0123', 'RO', 'a leading zero'],
    ['US123456789', 'US', 'a country outside the EU'],
    ['DE123456789', '', 'no country'],
    ['', 'DE', 'an empty ID'],
  ])('should reject %s for %s (%s)', (vatId, country) => {
    expect(isValidVatIdFormat(vatId, country)).toBe(false)
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
