import { NextIntlClientProvider } from 'next-intl'
import type { ComponentProps } from 'react'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { messages } from '@/i18n/messages'

import { LocalTime } from './LocalTime'

// The provider's props type requires `children`, which createElement takes as its third argument.
const intl = {
  locale: 'nl',
  messages: messages.nl,
  timeZone: 'Europe/Amsterdam',
} as ComponentProps<typeof NextIntlClientProvider>

describe('LocalTime', () => {
  it('should render nothing on the server, so hydration starts from the same HTML', () => {
    // The viewer's zone is only known in the browser; a server-rendered label would mismatch there.
    const html = renderToString(
      createElement(
        NextIntlClientProvider,
        intl,
        createElement(
          'p',
          null,
          'Due',
          createElement(LocalTime, { value: '2026-12-25T17:00:00Z' }),
        ),
      ),
    )
    expect(html).toBe('<p>Due</p>')
  })
})
