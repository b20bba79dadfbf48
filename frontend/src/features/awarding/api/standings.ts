/**
 * An awarded entry's rank and score in the final ranking (the last closed
 * stage's results). Its title, receipt number and entrant come from
 * `useEntryNames`, for the entries shown only.
 */
import { useQuery } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import { finalStage, standingsFromResults } from '../utils/standings'

/** The contest's stages (for the final ranking, and the finalists a ballot may name). */
export function useContestStages(contestId: string) {
  return useQuery({
    queryKey: ['contests', contestId, 'stages'],
    queryFn: () => unwrap(client.GET('/api/v1/contests/{id}/stages', { params: { path: { id: contestId } } })),
  })
}

/** Ranks and scores of the last closed stage; empty while none is closed. */
export function useFinalStandings(contestId: string) {
  const stages = useContestStages(contestId)
  const stage = stages.data ? finalStage(stages.data) : null
  const results = useQuery({
    queryKey: ['stages', stage?.id, 'results', 'final'],
    queryFn: () =>
      unwrap(client.GET('/api/v1/stages/{id}/results', { params: { path: { id: stage!.id }, query: { close_calls: false } } })),
    enabled: stage !== null,
  })
  return {
    stage,
    standings: standingsFromResults(results.data?.results),
    isPending: stages.isPending || (stage !== null && results.isPending),
    error: stages.error ?? results.error,
  }
}
