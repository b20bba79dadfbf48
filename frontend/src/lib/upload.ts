/**
 * A multipart upload of one file with XMLHttpRequest, whose upload events
 * report progress (fetch has none). Like the API client, it sends the access
 * token and language, refreshes once on 401, and turns a refusal into an
 * ApiError with the server's problem.
 */
import { ApiError, NetworkError, getAccessToken, getRequestLanguage, refreshAccessToken, retryAfter, toProblem } from './api-client'

interface UploadAnswer {
  status: number
  statusText: string
  body: unknown
  headers: { get(name: string): string | null }
}

/** Sends `file` as the multipart field `file`; resolves with the parsed JSON answer. */
export async function uploadWithProgress<T>(
  method: 'POST' | 'PUT',
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<T> {
  let answer = await send(method, url, file, onProgress)
  if (answer.status === 401 && (await refreshAccessToken())) {
    onProgress(0)
    answer = await send(method, url, file, onProgress)
  }
  if (answer.status >= 200 && answer.status < 300) return answer.body as T
  throw new ApiError(toProblem(answer.body, answer), retryAfter(answer))
}

function send(method: string, url: string, file: File, onProgress: (fraction: number) => void): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open(method, url)
    xhr.setRequestHeader('Accept', 'application/json, application/problem+json')
    xhr.setRequestHeader('Accept-Language', getRequestLanguage())
    const token = getAccessToken()
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`)
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total)
    }
    xhr.onload = () => {
      let body: unknown = null
      try {
        body = xhr.responseText ? JSON.parse(xhr.responseText) : null
      } catch {
        body = null
      }
      resolve({ status: xhr.status, statusText: xhr.statusText, body, headers: { get: (name) => xhr.getResponseHeader(name) } })
    }
    xhr.onerror = () => reject(new NetworkError(new Error('upload failed')))
    xhr.onabort = () => reject(new NetworkError(new Error('upload aborted')))
    const form = new FormData()
    form.append('file', file, file.name)
    xhr.send(form)
  })
}
