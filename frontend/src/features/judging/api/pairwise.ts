/**
 * Pairwise finals: the judge is handed one entry after another and says
 * which of the last two was better. Every call answers the judge's new
 * state, which replaces the cached one.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { ApiError, client, unwrap } from '../../../lib/api-client'
import type { Better, PairwiseSkip, PairwiseState } from '../../../lib/api/types'
import { judgingKeys } from './judging'

const path = (stageId: string) => ({ params: { path: { id: stageId } } })

/** Where the judge is; null before they began (the API answers 404 then). */
export async function getPairwiseState(stageId: string): Promise<PairwiseState | null> {
  try {
    return await unwrap(client.GET('/api/v1/stages/{id}/pairwise', path(stageId)))
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

export const beginPairwise = (stageId: string) => unwrap(client.POST('/api/v1/stages/{id}/pairwise/begin', path(stageId)))

/** Past the first entry without a vote (only the first has nothing to compare with). */
export const passFirst = (stageId: string) => unwrap(client.POST('/api/v1/stages/{id}/pairwise/next', path(stageId)))

export const vote = (stageId: string, better: Better) =>
  unwrap(client.POST('/api/v1/stages/{id}/pairwise/vote', { ...path(stageId), body: { better } }))

export const skip = (stageId: string, body: PairwiseSkip) =>
  unwrap(client.POST('/api/v1/stages/{id}/pairwise/skip', { ...path(stageId), body }))

export const undo = (stageId: string) => unwrap(client.POST('/api/v1/stages/{id}/pairwise/undo', path(stageId)))

export function usePairwiseState(stageId: string) {
  return useQuery({
    queryKey: judgingKeys.pairwise(stageId),
    queryFn: () => getPairwiseState(stageId),
    // "Undo" lasts a minute after a vote: ask again now and then so the button goes when it no longer works.
    refetchInterval: (query) => (query.state.data?.can_undo ? 10_000 : false),
  })
}

export type PairwiseAction =
  | { kind: 'begin' }
  | { kind: 'next' }
  | { kind: 'vote'; better: Better }
  | { kind: 'skip'; body: PairwiseSkip }
  | { kind: 'undo' }

function run(stageId: string, action: PairwiseAction): Promise<PairwiseState> {
  switch (action.kind) {
    case 'begin':
      return beginPairwise(stageId)
    case 'next':
      return passFirst(stageId)
    case 'vote':
      return vote(stageId, action.better)
    case 'skip':
      return skip(stageId, action.body)
    case 'undo':
      return undo(stageId)
  }
}

/** One mutation for every move; its answer becomes the cached state. */
export function usePairwiseAction(stageId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (action: PairwiseAction) => run(stageId, action),
    onSuccess: (state) => {
      queryClient.setQueryData(judgingKeys.pairwise(stageId), state)
      void queryClient.invalidateQueries({ queryKey: judgingKeys.mine })
    },
  })
}
