'use client'

import { loader } from '@monaco-editor/react'
import type React from 'react'

// Payload's JSON fields (a booking's quote breakdown, an audit event's details) edit in Monaco, which
// its loader fetches from cdn.jsdelivr.net by default: third-party code in the admin, and blocked by
// our Content-Security-Policy. Load it from our own origin instead (src/app/(payload)/monaco-editor).
loader.config({ paths: { vs: '/monaco-editor/vs' } })

/**
 * An admin provider (payload.config `admin.components.providers`) that exists for its import: it
 * points Monaco's loader at our own copy before any JSON field renders. Renders its children.
 */
export const MonacoFromOwnOrigin = ({ children }: { children: React.ReactNode }) => children
