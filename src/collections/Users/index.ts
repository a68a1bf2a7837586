import type { CollectionConfig, PayloadRequest } from 'payload'

import { adminFieldOnly } from '@/access/adminFieldOnly'
import { adminOnly } from '@/access/adminOnly'
import { adminOrSelf } from '@/access/adminOrSelf'
import { anyone } from '@/access/anyone'
import { canAccessAdminPanel } from '@/access/canAccessAdminPanel'
import { LOGIN_LOCKOUT } from '@/domain/authLimits'
import { exampleVatId, normaliseCountry } from '@/domain/vat'
import { env } from '@/env'
import { sentenceFor } from '@/errors/sentenceFor'
import { lockRowBeforeUpdate } from '@/hooks/lockRowBeforeUpdate'
import { forgotPasswordHtml, forgotPasswordSubject } from '@/notifications/accountEmails'
import { roles, slugs } from '@/slugs'

import { emailChangeField } from './emailChange/fields'
import { activityEndpoint } from './endpoints/activity'
import { confirmEmailChangeEndpoint } from './endpoints/confirmEmailChange'
import { emailChangeEndpoint } from './endpoints/emailChange'
import { eraseEndpoint } from './endpoints/erase'
import { exportDataEndpoint } from './endpoints/exportData'
import { refuseFirstRegister } from './endpoints/refuseFirstRegister'
import { languageCookiesFromLocale } from './hooks/languageCookiesFromLocale'
import { answerUnknownLikeWrongPassword } from './hooks/answerUnknownLikeWrongPassword'
import { assignRole } from './hooks/assignRole'
import { deleteAvatarWithUser } from './hooks/deleteAvatarWithUser'
import { endOtherSessions } from './hooks/endOtherSessions'
import { refuseWeakPassword } from './hooks/refuseWeakPassword'
import { requireCurrentPassword } from './hooks/requireCurrentPassword'
import { checkVatId } from './hooks/checkVatId'

export const Users: CollectionConfig = {
  slug: slugs.users,
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'createdAt'],
  },
  auth: {
    maxLoginAttempts: LOGIN_LOCKOUT.attempts,
    lockTime: LOGIN_LOCKOUT.minutes * 60 * 1000,
    tokenExpiration: 60 * 60 * 8,
    forgotPassword: {
      // Payload throttles reset emails by reserving the user row outside the request's transaction;
      // on SQLite (one writer) that write waits on the transaction it runs inside, and the request
      // fails with SQLITE_BUSY. PostgreSQL keeps Payload's 15 s throttle.
      minRequestInterval: env.database.kind === 'sqlite' ? 0 : 15_000,
      // The branded email in the account's language, linking to the site's own reset page
      // (customers and artists have no admin panel); admins also get /admin/reset/<token>.
      generateEmailSubject: forgotPasswordSubject,
      generateEmailHTML: forgotPasswordHtml,
    },
    cookies: {
      // Secure whenever the site is served over https (SERVER_URL), in any mode: a production build
      // tried over plain http (a test server on a LAN name) would otherwise set a cookie no browser
      // keeps, and every login would silently fail.
      secure: new URL(env.SERVER_URL).protocol === 'https:',
      sameSite: 'Lax',
    },
  },
  access: {
    admin: canAccessAdminPanel,
    // Registration is open; the role is decided by `assignRole`, never by the request.
    create: anyone,
    read: adminOrSelf,
    update: adminOrSelf,
    delete: adminOnly,
    // Unlocking after too many failed logins is the agency's call; Payload's default lets any
    // logged-in user unlock any account (and so keep guessing a victim's password).
    unlock: adminOnly,
  },
  // Production: the first admin comes from ADMIN_EMAIL/ADMIN_PASSWORD, never from the web.
  // "Download my data" and "Delete my account" (GDPR) everywhere.
  endpoints: [
    activityEndpoint,
    ...(env.isProduction ? [refuseFirstRegister] : []),
    exportDataEndpoint,
    eraseEndpoint,
    // Changing one's email address: confirmed by a link to the new address (settings page).
    emailChangeEndpoint,
    confirmEmailChangeEndpoint,
  ],
  hooks: {
    // The row lock last, once the request is known to be allowed: a save of the language or the
    // name must not write back a `sessions` list a login changed meanwhile (the new session ended).
    beforeOperation: [
      requireCurrentPassword,
      refuseWeakPassword,
      answerUnknownLikeWrongPassword,
      lockRowBeforeUpdate(slugs.users),
    ],
    afterOperation: [endOtherSessions],
    beforeChange: [assignRole],
    beforeDelete: [deleteAvatarWithUser],
    afterLogin: [languageCookiesFromLocale],
  },
  fields: [
    { name: 'name', type: 'text', maxLength: 120 },
    {
      // Set when the person erased their account (POST /api/users/erase). The row stays as a
      // tombstone so bookings, audit events and invoices keep pointing at a party; this date makes
      // such rows explicit to admins and to queries, instead of guessing from the placeholder email.
      name: 'anonymisedAt',
      type: 'date',
      index: true,
      access: { create: adminFieldOnly, update: adminFieldOnly },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'customer',
      saveToJWT: true,
      index: true,
      options: roles.map((r) => ({ label: r, value: r })),
      access: {
        create: adminFieldOnly,
        update: adminFieldOnly,
      },
    },
    {
      name: 'locale',
      type: 'select',
      defaultValue: 'nl',
      options: [
        { label: 'Nederlands', value: 'nl' },
        { label: 'English', value: 'en' },
      ],
    },
    emailChangeField,
    {
      name: 'billing',
      type: 'group',
      fields: [
        { name: 'company', type: 'text', maxLength: 200 },
        {
          name: 'customerType',
          type: 'select',
          defaultValue: 'business',
          options: [
            { label: 'Business', value: 'business' },
            { label: 'Consumer', value: 'consumer' },
          ],
        },
        {
          name: 'vatId',
          type: 'text',
          maxLength: 20,
          admin: {
            description: `Checked (format and check digits) for EU member states and the UK, e.g. ${exampleVatId('DE')}.`,
          },
          hooks: { beforeValidate: [checkVatId] },
        },
        { name: 'address', type: 'textarea', maxLength: 500 },
        {
          name: 'country',
          type: 'text',
          maxLength: 2,
          validate: (value: unknown, { req }: { req?: PayloadRequest }) =>
            !value || normaliseCountry(String(value)) !== null
              ? true
              : sentenceFor(req, { key: 'account.country' }),
          admin: { description: 'ISO 3166-1 alpha-2, e.g. NL; XI for Northern Ireland' },
        },
      ],
    },
  ],
}
