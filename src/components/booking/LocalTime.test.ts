import { NextIntlClientProvider } from 'next-intl'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { messages } from '@/i18n/messages'

import { LocalTime } from './LocalTime'

describe('LocalTime', () => {
  it('should render nothing on the server, so hydration starts from the same HTML', () => {
    // The viewer's zone is only known in the browser; a server-rendered label would mismatch there.
    const html = renderToString(
      createElement(NextIntlClientProvider, {
        locale: 'nl',
        messages: messages.nl,
        timeZone: 'Europe/Amsterdam',
        children: createElement(
          'p',
          null,
          'Due',
          createElement(LocalTime, { value: '2026-12-25T17:00:00Z' }),
        ),
      }),
    )
    expect(html).toBe('<p>Due</p>')
  })
})
