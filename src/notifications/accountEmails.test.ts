import { describe, expect, it } from 'vitest'

import { env } from '@/env'

import { forgotPasswordHtml, forgotPasswordSubject } from './accountEmails'

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!)

describe('the password-reset email', () => {
  it.each([
    ['nl', 'Kies een nieuw wachtwoord voor 14voices', 'Hoi Anna,'],
    ['en', 'Choose a new password for 14voices', 'Hi Anna,'],
  ] as const)(
    'should be written in the account’s language (%s)',
    async (locale, subject, hello) => {
      const args = { token: 'tok', user: { name: 'Anna', locale, role: 'customer' } }
      const html = await forgotPasswordHtml(args)
      expect([
        forgotPasswordSubject(args),
        html.includes(hello),
        html.includes(`lang="${locale}"`),
      ]).toEqual([subject, true, true])
    },
  )

  it('should write in Dutch to an account without a language', async () => {
    expect(forgotPasswordSubject({ user: {} })).toBe('Kies een nieuw wachtwoord voor 14voices')
  })

  it('should link the site’s reset page in the account’s language and the footer pages', async () => {
    const html = await forgotPasswordHtml({
      token: 'a/b',
      user: { name: '', locale: 'en', role: 'customer' },
    })
    const base = env.SERVER_URL.replace(/\/+$/, '')
    expect(hrefs(html)).toEqual([
      `${base}/en/reset-password?token=a%2Fb`,
      `${base}/en/terms`,
      `${base}/en/privacy`,
      `${base}/en/contact`,
    ])
  })

  it('should also give an admin the admin panel’s reset page', async () => {
    const html = await forgotPasswordHtml({
      token: 'tok',
      user: { name: 'Ada', locale: 'nl', role: 'admin' },
    })
    const base = env.SERVER_URL.replace(/\/+$/, '')
    expect(hrefs(html).slice(0, 2)).toEqual([
      `${base}/nl/reset-password?token=tok`,
      `${base}/admin/reset/tok`,
    ])
  })

  it('should escape the name', async () => {
    const html = await forgotPasswordHtml({
      token: 'tok',
      user: { name: '<script>x</script>', locale: 'en' },
    })
    expect(html.includes('<script>')).toBe(false)
  })
})
