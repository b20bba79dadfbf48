/** The public vote as a voter sees it: the ballot, its entries, and the voter's own votes. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import type { BallotFileView, FileKind } from '../../../lib/api/types'
import { noneOn404 } from '../../results/api/results'

export const votingKeys = {
  ballot: (contestId: string) => ['contests', contestId, 'ballot'] as const,
  entries: (contestId: string) => ['contests', contestId, 'ballot', 'entries'] as const,
  mine: (contestId: string) => ['contests', contestId, 'my-votes'] as const,
}

const BALLOT_PAGE = 24

export const getBallot = (contestId: string) =>
  noneOn404(unwrap(client.GET('/api/v1/contests/{id}/ballot', { params: { path: { id: contestId } } })))

export const getBallotEntries = (contestId: string, cursor?: string) =>
  unwrap(
    client.GET('/api/v1/contests/{id}/ballot/entries', {
      params: { path: { id: contestId }, query: { limit: BALLOT_PAGE, cursor } },
    }),
  )

export const getMyVotes = (contestId: string) =>
  unwrap(client.GET('/api/v1/contests/{id}/my-votes', { params: { path: { id: contestId } } }))

export const putMyVotes = (contestId: string, entries: string[]) =>
  unwrap(client.PUT('/api/v1/contests/{id}/my-votes', { params: { path: { id: contestId } }, body: { entries } }))

/** The contest's public vote; `null` when it has none. */
export function useBallot(contestId: string) {
  return useQuery({ queryKey: votingKeys.ballot(contestId), queryFn: () => getBallot(contestId) })
}

const RASTER: FileKind[] = ['jpeg', 'png', 'webp']

/** An image whose thumbnail is still being made in the background. */
export const awaitsThumbnail = (file: BallotFileView) => RASTER.includes(file.kind) && !file.thumbnail_ready

/**
 * The entries on the ballot, page by page (signed in, once voting has
 * opened); read again every few seconds while an image's thumbnail is
 * still being made.
 */
export function useBallotEntries(contestId: string, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: votingKeys.entries(contestId),
    queryFn: ({ pageParam }) => getBallotEntries(contestId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    enabled,
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((entry) => entry.files.some(awaitsThumbnail))) ? 2000 : false,
  })
}

export function useMyVotes(contestId: string, enabled: boolean) {
  return useQuery({ queryKey: votingKeys.mine(contestId), queryFn: () => getMyVotes(contestId), enabled })
}

/** Replaces the voter's votes; the answer becomes the cached "my votes". */
export function useSaveMyVotes(contestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (entries: string[]) => putMyVotes(contestId, entries),
    onSuccess: (saved) => queryClient.setQueryData(votingKeys.mine(contestId), saved),
  })
}
