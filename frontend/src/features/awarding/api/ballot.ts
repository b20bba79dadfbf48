/** The public vote as its organizers run it: settings, tally, fraud signals, votes. */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import { noneOn404 } from '../../results/api/results'
import { votingKeys } from '../../voting/api/voting'
import type { BallotDocument } from './types'

export interface VoteFilter {
  network?: string
  voterId?: string
}

export const ballotAdminKeys = {
  tally: (contestId: string) => ['contests', contestId, 'ballot', 'tally'] as const,
  signals: (contestId: string) => ['contests', contestId, 'ballot', 'signals'] as const,
  votes: (contestId: string, filter: VoteFilter) => ['contests', contestId, 'ballot', 'votes', filter] as const,
  allVotes: (contestId: string) => ['contests', contestId, 'ballot', 'votes'] as const,
}

const VOTES_PAGE = 50
const path = (contestId: string) => ({ params: { path: { id: contestId } } })

export const getBallot = (contestId: string) =>
  noneOn404(unwrap(client.GET('/api/v1/contests/{id}/ballot', path(contestId))))

export const putBallot = (contestId: string, body: BallotDocument) =>
  unwrap(client.PUT('/api/v1/contests/{id}/ballot', { ...path(contestId), body }))

export const getTally = (contestId: string) => unwrap(client.GET('/api/v1/contests/{id}/ballot/tally', path(contestId)))

export const getSignals = (contestId: string) =>
  unwrap(client.GET('/api/v1/contests/{id}/ballot/signals', path(contestId)))

export const getVotes = (contestId: string, filter: VoteFilter, cursor?: string) =>
  unwrap(
    client.GET('/api/v1/contests/{id}/ballot/votes', {
      params: {
        path: { id: contestId },
        query: { limit: VOTES_PAGE, cursor, network: filter.network, voter_id: filter.voterId },
      },
    }),
  )

export const postVoid = (voteId: string, reason: string) =>
  unwrap(client.POST('/api/v1/votes/{id}/void', { params: { path: { id: voteId } }, body: { reason } }))

export const postRestore = (voteId: string, reason: string) =>
  unwrap(client.POST('/api/v1/votes/{id}/restore', { params: { path: { id: voteId } }, body: { reason } }))

/** The contest's ballot (shared with the voters' page's cache); `null` when it has none. */
export function useAdminBallot(contestId: string) {
  return useQuery({ queryKey: votingKeys.ballot(contestId), queryFn: () => getBallot(contestId) })
}

export function useSaveBallot(contestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: BallotDocument) => putBallot(contestId, body),
    onSuccess: (saved) => queryClient.setQueryData(votingKeys.ballot(contestId), saved),
  })
}

export function useTally(contestId: string, enabled: boolean) {
  return useQuery({ queryKey: ballotAdminKeys.tally(contestId), queryFn: () => getTally(contestId), enabled })
}

export function useSignals(contestId: string, enabled: boolean) {
  return useQuery({ queryKey: ballotAdminKeys.signals(contestId), queryFn: () => getSignals(contestId), enabled })
}

/** The votes, filtered by network or voter as the API allows, page by page. */
export function useVotes(contestId: string, filter: VoteFilter, enabled: boolean) {
  return useInfiniteQuery({
    queryKey: ballotAdminKeys.votes(contestId, filter),
    queryFn: ({ pageParam }) => getVotes(contestId, filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    enabled,
  })
}

/** Voids or restores a vote; the tally, signals and lists are read again after. */
export function useSetVoided(contestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ voteId, reason, void: voiding }: { voteId: string; reason: string; void: boolean }) =>
      voiding ? postVoid(voteId, reason) : postRestore(voteId, reason),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ballotAdminKeys.tally(contestId) }),
        queryClient.invalidateQueries({ queryKey: ballotAdminKeys.signals(contestId) }),
        queryClient.invalidateQueries({ queryKey: ballotAdminKeys.allVotes(contestId) }),
      ]),
  })
}
