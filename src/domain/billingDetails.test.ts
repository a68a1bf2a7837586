import { describe, expect, it } from 'vitest'

import { missingBillingDetails, needsVatId, normaliseBillingDetails } from './billingDetails'

// DE123456788: ISO 7064 MOD 11,10 over 12345678 gives check digit 8 (see vat.test.ts).
const dutchBusiness = {
  customerType: 'business',
  company: 'Studio Noord B.V.',
  address: 'Keizersgracht 100\n1015 AA Amsterdam',
  country: 'NL',
}

describe('missingBillingDetails', () => {
  it('should find nothing missing for a Dutch business without a VAT ID', () => {
    expect(missingBillingDetails(dutchBusiness)).toEqual([])
  })

  it('should list everything an empty business lacks, in form order', () => {
    expect(missingBillingDetails({ customerType: 'business' })).toEqual([
      'company',
      'address',
      'country',
    ])
  })

  it('should ask a consumer for a name, not a company', () => {
    expect(missingBillingDetails({ customerType: 'consumer', company: 'Acme' })).toEqual([
      'name',
      'address',
      'country',
    ])
  })

  it('should treat whitespace as missing', () => {
    expect(missingBillingDetails({ ...dutchBusiness, company: '   ', address: '\n' })).toEqual([
      'company',
      'address',
    ])
  })

  it('should ask a German business for its VAT ID', () => {
    expect(missingBillingDetails({ ...dutchBusiness, country: 'DE' })).toEqual(['vatId'])
  })

  it('should accept a German business with a valid VAT ID typed with spaces', () => {
    expect(
      missingBillingDetails({ ...dutchBusiness, country: 'de', vatId: 'de 123 456 788' }),
    ).toEqual([])
  })

  it('should count a German VAT ID whose check digit fails as missing', () => {
    expect(
      missingBillingDetails({ ...dutchBusiness, country: 'DE', vatId: 'DE123456789' }),
    ).toEqual(['vatId'])
  })

  it('should not ask a business outside the EU for a VAT ID', () => {
    expect(missingBillingDetails({ ...dutchBusiness, country: 'CH' })).toEqual([])
  })

  it('should not ask a consumer in Germany for a VAT ID', () => {
    expect(
      missingBillingDetails({
        customerType: 'consumer',
        name: 'Anna',
        address: 'Berlin',
        country: 'DE',
      }),
    ).toEqual([])
  })

  it('should count a country that is no country as missing', () => {
    expect(missingBillingDetails({ ...dutchBusiness, country: 'XX' })).toEqual(['country'])
  })
})

describe('needsVatId', () => {
  it.each([
    ['business', 'BE', true],
    ['business', 'EL', true],
    ['business', 'NL', false],
    ['business', 'GB', false],
    ['consumer', 'BE', false],
    ['business', '', false],
  ] as const)('should say %s in %s needs a VAT ID: %s', (customerType, country, expected) => {
    expect(needsVatId({ customerType, country })).toBe(expected)
  })
})

describe('normaliseBillingDetails', () => {
  it('should write the details as an invoice carries them', () => {
    expect(
      normaliseBillingDetails({
        customerType: 'business',
        company: ' Klang GmbH ',
        name: 'Jonas',
        address: 'Hauptstr. 1',
        country: 'de',
        vatId: 'de 123.456.788',
      }),
    ).toEqual({
      customerType: 'business',
      company: 'Klang GmbH',
      name: 'Jonas',
      address: 'Hauptstr. 1',
      country: 'DE',
      vatId: 'DE123456788',
    })
  })

  it('should drop the company and VAT ID of a consumer and read Greece from EL', () => {
    expect(
      normaliseBillingDetails({
        customerType: 'consumer',
        company: 'Old company',
        name: 'Eleni',
        address: 'Athens',
        country: 'el',
        vatId: 'EL123456783',
      }),
    ).toMatchObject({ company: null, vatId: null, country: 'GR' })
  })
})
