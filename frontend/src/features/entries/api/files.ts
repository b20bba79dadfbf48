import { useQuery } from '@tanstack/react-query'
import {
  ApiError,
  NetworkError,
  client,
  getAccessToken,
  getRequestLanguage,
  refreshAccessToken,
  retryAfter,
  toProblem,
  unwrap,
} from '../../../lib/api-client'
import type { FileView } from '../../../lib/api/types'
import { entryKeys } from './entries'

export const listFiles = (entryId: string) =>
  unwrap(client.GET('/api/v1/entries/{id}/files', { params: { path: { id: entryId } } }))

export const removeFile = (fileId: string) =>
  unwrap(client.DELETE('/api/v1/files/{id}', { params: { path: { id: fileId } } }))

/** An entry's files; polled while an image's thumbnail is still being made in the background. */
export function useEntryFiles(entryId: string | null) {
  return useQuery({
    queryKey: entryKeys.files(entryId ?? ''),
    queryFn: () => listFiles(entryId!),
    enabled: entryId !== null,
    refetchInterval: (query) => (query.state.data?.some(awaitsThumbnail) ? 1500 : false),
  })
}

const awaitsThumbnail = (file: FileView) => !file.thumbnail_ready && ['jpeg', 'png', 'webp'].includes(file.kind)

/**
 * The thumbnail as an object URL. It needs the Bearer token, which an
 * <img src> cannot send, so it is fetched as a blob. The URL lives as long
 * as the page (a few small JPEGs), so it is never revoked under a mounted <img>.
 */
export function useThumbnailUrl(file: FileView): string | null {
  const query = useQuery({
    queryKey: ['files', file.id, 'thumbnail'],
    queryFn: async () => {
      const blob = await unwrap(
        client.GET('/api/v1/files/{id}/thumbnail', { params: { path: { id: file.id } }, parseAs: 'blob' }),
      )
      return URL.createObjectURL(blob as Blob)
    },
    enabled: file.thumbnail_ready,
    staleTime: Infinity,
    gcTime: Infinity,
  })
  return query.data ?? null
}

/**
 * Uploads one file into a slot with XMLHttpRequest, whose upload events
 * report progress (fetch has none). Like the client, it sends the access
 * token and refreshes once on 401.
 */
export async function uploadFile(
  entryId: string,
  slot: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<FileView> {
  const first = await sendUpload(entryId, slot, file, onProgress)
  if (first.status === 401 && (await refreshAccessToken())) {
    onProgress(0)
    return settle(await sendUpload(entryId, slot, file, onProgress))
  }
  return settle(first)
}

interface UploadAnswer {
  status: number
  statusText: string
  body: unknown
  headers: { get(name: string): string | null }
}

function settle(answer: UploadAnswer): FileView {
  if (answer.status >= 200 && answer.status < 300) return answer.body as FileView
  throw new ApiError(toProblem(answer.body, answer), retryAfter(answer))
}

function sendUpload(entryId: string, slot: string, file: File, onProgress: (fraction: number) => void): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    const url = `/api/v1/entries/${encodeURIComponent(entryId)}/files?slot=${encodeURIComponent(slot)}`
    xhr.open('POST', url)
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
      resolve({
        status: xhr.status,
        statusText: xhr.statusText,
        body,
        headers: { get: (name) => xhr.getResponseHeader(name) },
      })
    }
    xhr.onerror = () => reject(new NetworkError(new Error('upload failed')))
    xhr.onabort = () => reject(new NetworkError(new Error('upload aborted')))
    const form = new FormData()
    form.append('file', file, file.name)
    xhr.send(form)
  })
}
