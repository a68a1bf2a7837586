import type { ApiResult } from './apiRequest'
import { errorMessage } from './apiRequest'

/**
 * POSTs a multipart form with XMLHttpRequest, because `fetch` can't report upload progress.
 * `onProgress` gets 0–1. Resolves (never rejects) with the parsed answer or a sentence to show.
 */
export const uploadWithProgress = <T>({
  url,
  form,
  onProgress,
}: {
  url: string
  form: FormData
  onProgress: (fraction: number) => void
}): Promise<ApiResult<T>> =>
  new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.responseType = 'text'
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total)
    })
    xhr.addEventListener('load', () => {
      let json: unknown = null
      try {
        json = JSON.parse(xhr.responseText)
      } catch {
        json = null
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress(1)
        resolve({ ok: true, status: xhr.status, body: json as T })
      } else {
        resolve({ ok: false, status: xhr.status, message: errorMessage(xhr.status, json) })
      }
    })
    const failed = () =>
      resolve({
        ok: false,
        status: 0,
        message: 'The upload was interrupted. Check your connection and try again.',
      })
    xhr.addEventListener('error', failed)
    xhr.addEventListener('abort', failed)
    xhr.send(form)
  })
