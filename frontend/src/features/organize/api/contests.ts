/**
 * An organizer's side of a contest: create, read (drafts too, with the
 * grace period), save with the version last read, publish, extend the
 * deadline, and set the cover image (XHR, for its upload progress).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import { uploadWithProgress } from '../../../lib/upload'
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

/** Sets the cover image, reporting the upload's progress (0–1); refreshes once on 401 like the client. */
export async function uploadCover(contestId: string, file: File, onProgress: (fraction: number) => void): Promise<void> {
  await uploadWithProgress<unknown>('PUT', `/api/v1/contests/${encodeURIComponent(contestId)}/cover`, file, onProgress)
}

