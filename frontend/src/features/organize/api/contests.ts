/**
 * An organizer's side of a contest: create, read (drafts too, with the
 * grace period), save with the version last read, publish, extend the
 * deadline, and set the cover image (XHR, for its upload progress).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
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
import type { ContestView, paths } from '../../../lib/api/types'
import { contestKeys, getContest } from '../../contests/api/contests'
import type { ContestDocument } from '../utils/contest-draft'
import { organizationKeys } from './organizations'

export type NewContestDocument =
  paths['/api/v1/organizations/{id}/contests']['post']['requestBody']['content']['application/json']
export type DeadlineExtension = paths['/api/v1/contests/{id}/deadline']['post']['requestBody']['content']['application/json']

export const createContest = (organizationId: string, body: NewContestDocument) =>
  unwrap(client.POST('/api/v1/organizations/{id}/contests', { params: { path: { id: organizationId } }, body }))

export const updateContest = (id: string, body: ContestDocument) =>
  unwrap(client.PUT('/api/v1/contests/{id}', { params: { path: { id } }, body }))

export const publishContest = (id: string) =>
  unwrap(client.POST('/api/v1/contests/{id}/publish', { params: { path: { id } } }))

export const extendDeadline = (id: string, body: DeadlineExtension) =>
  unwrap(client.POST('/api/v1/contests/{id}/deadline', { params: { path: { id } }, body }))

/** The contest as its organizers see it (drafts, grace period). */
export function useManagedContest(id: string) {
  return useQuery({ queryKey: contestKeys.detail(id), queryFn: () => getContest(id), refetchOnWindowFocus: false, refetchOnReconnect: false })
}

/** Keeps the cached contest (and the organization's list) in step with an answer. */
function useRemember() {
  const queryClient = useQueryClient()
  return (contest: ContestView) => {
    queryClient.setQueryData(contestKeys.detail(contest.id), contest)
    void queryClient.invalidateQueries({ queryKey: organizationKeys.contests(contest.organization_id) })
  }
}

export function useCreateContest(organizationId: string) {
  const remember = useRemember()
  return useMutation({ mutationFn: (body: NewContestDocument) => createContest(organizationId, body), onSuccess: remember })
}

export function useUpdateContest(id: string) {
  const remember = useRemember()
  return useMutation({ mutationFn: (body: ContestDocument) => updateContest(id, body), onSuccess: remember })
}

export function usePublishContest(id: string) {
  const remember = useRemember()
  return useMutation({ mutationFn: () => publishContest(id), onSuccess: remember })
}

export function useExtendDeadline(id: string) {
  const remember = useRemember()
  return useMutation({ mutationFn: (body: DeadlineExtension) => extendDeadline(id, body), onSuccess: remember })
}

/** The cover as an object URL: a draft's cover needs the token, which an <img src> cannot send. */
export function useCoverUrl(contestId: string, hasCover: boolean, revision: number) {
  return useQuery({
    queryKey: ['contests', contestId, 'cover', revision],
    queryFn: async () => {
      const blob = await unwrap(
        client.GET('/api/v1/contests/{id}/cover', { params: { path: { id: contestId } }, parseAs: 'blob' }),
      )
      return URL.createObjectURL(blob as Blob)
    },
    enabled: hasCover,
    staleTime: Infinity,
  })
}

interface UploadAnswer {
  status: number
  statusText: string
  body: unknown
  headers: { get(name: string): string | null }
}

/** Sets the cover image, reporting the upload's progress (0–1); refreshes once on 401 like the client. */
export async function uploadCover(contestId: string, file: File, onProgress: (fraction: number) => void): Promise<void> {
  let answer = await sendCover(contestId, file, onProgress)
  if (answer.status === 401 && (await refreshAccessToken())) {
    onProgress(0)
    answer = await sendCover(contestId, file, onProgress)
  }
  if (answer.status < 200 || answer.status >= 300) throw new ApiError(toProblem(answer.body, answer), retryAfter(answer))
}

function sendCover(contestId: string, file: File, onProgress: (fraction: number) => void): Promise<UploadAnswer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('PUT', `/api/v1/contests/${encodeURIComponent(contestId)}/cover`)
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
