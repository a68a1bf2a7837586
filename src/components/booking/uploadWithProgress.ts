import type { ApiResult, ProblemSentences } from './apiRequest'
import { errorMessage } from './apiRequest'

/**
 * POSTs a multipart form with XMLHttpRequest, because `fetch` can't report upload progress.
 * `onProgress` gets 0–1. Resolves (never rejects) with the parsed answer or a sentence to show:
 * the server's (asked for in `locale`), else one from `sentences`; `interrupted` when the
 * connection broke.
 */
export const uploadWithProgress = <T>({
  url,
  form,
  onProgress,
  locale,
  sentences,
  interrupted,
}: {
  url: string
  form: FormData
  onProgress: (fraction: number) => void
  locale: string
  sentences: ProblemSentences
  interrupted: string
}): Promise<ApiResult<T>> =>
  new Promise((resolve) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.setRequestHeader('Accept-Language', locale)
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
        resolve({
          ok: false,
          status: xhr.status,
          message: errorMessage(xhr.status, json, sentences),
        })
      }
    })
    const failed = () => resolve({ ok: false, status: 0, message: interrupted })
    xhr.addEventListener('error', failed)
    xhr.addEventListener('abort', failed)
    xhr.send(form)
  })
