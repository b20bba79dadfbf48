/**
 * The announced results: when they are (or were) announced, the winners,
 * the gallery, and an entrant's own result and credit. The published works'
 * files are public, so plain <img src> and links reach them.
 */
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { ApiError, client, unwrap } from '../../../lib/api-client'
import type { CreditDocument } from '../../../lib/api/types'

export const resultKeys = {
  announcement: (contestId: string) => ['contests', contestId, 'announcement'] as const,
  results: (contestId: string) => ['contests', contestId, 'results'] as const,
  gallery: (contestId: string) => ['contests', contestId, 'gallery'] as const,
  entryResult: (entryId: string) => ['entries', entryId, 'result'] as const,
  credit: (entryId: string) => ['entries', entryId, 'credit'] as const,
}

const GALLERY_PAGE = 24

/** A 404 that means "there is none" (no announcement, no ballot) rather than a failure. */
export async function noneOn404<T>(pending: Promise<T>): Promise<T | null> {
  try {
    return await pending
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

export const getAnnouncement = (contestId: string) =>
  noneOn404(unwrap(client.GET('/api/v1/contests/{id}/announcement', { params: { path: { id: contestId } } })))

export const getResults = (contestId: string) =>
  unwrap(client.GET('/api/v1/contests/{id}/results', { params: { path: { id: contestId } } }))

export const getGallery = (contestId: string, cursor?: string) =>
  unwrap(
    client.GET('/api/v1/contests/{id}/gallery', {
      params: { path: { id: contestId }, query: { limit: GALLERY_PAGE, cursor } },
    }),
  )

export const getEntryResult = (entryId: string) =>
  unwrap(client.GET('/api/v1/entries/{id}/result', { params: { path: { id: entryId } } }))

export const getCredit = (entryId: string) =>
  unwrap(client.GET('/api/v1/entries/{id}/credit', { params: { path: { id: entryId } } }))

export const saveCredit = (entryId: string, credit: CreditDocument) =>
  unwrap(client.PUT('/api/v1/entries/{id}/credit', { params: { path: { id: entryId } }, body: credit }))

/** The contest's announcement; `null` when none is set. */
export function useAnnouncement(contestId: string) {
  return useQuery({ queryKey: resultKeys.announcement(contestId), queryFn: () => getAnnouncement(contestId) })
}

/** The published results, asked for only once the announcement says they are out. */
export function useResults(contestId: string, published: boolean) {
  return useQuery({ queryKey: resultKeys.results(contestId), queryFn: () => getResults(contestId), enabled: published })
}

/** The gallery, page by page ("show more"). */
export function useGallery(contestId: string) {
  return useInfiniteQuery({
    queryKey: resultKeys.gallery(contestId),
    queryFn: ({ pageParam }) => getGallery(contestId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  })
}

/** The entrant's own result, once the contest's results are published. */
export function useEntryResult(entryId: string) {
  return useQuery({ queryKey: resultKeys.entryResult(entryId), queryFn: () => getEntryResult(entryId) })
}

export function useCredit(entryId: string) {
  return useQuery({ queryKey: resultKeys.credit(entryId), queryFn: () => getCredit(entryId) })
}

/** A published work's file and thumbnail: public, so an <img src> or a link can load them. */
export const workFileUrl = (fileId: string) => `/api/v1/works/files/${encodeURIComponent(fileId)}`
export const workThumbnailUrl = (fileId: string) => `${workFileUrl(fileId)}/thumbnail`
