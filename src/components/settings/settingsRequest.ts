import { apiRequest } from '@/components/booking/apiRequest'
import type { ApiResult } from '@/components/booking/apiRequest'

/**
 * A JSON request from the settings page to the REST API, in the page's language
 * (`Accept-Language`), so the server's sentences come back in it. Never throws (see `apiRequest`).
 */
export const settingsRequest = <T>({
  method,
  url,
  body,
  locale,
}: {
  method: 'POST' | 'PATCH' | 'DELETE'
  url: string
  body?: unknown
  locale: string
}): Promise<ApiResult<T>> =>
  apiRequest<T>({ method, url, body, headers: { 'Accept-Language': locale } })
