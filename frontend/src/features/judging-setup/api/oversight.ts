/**
 * What an organizer watches and decides while a stage runs: the score-change
 * audit trail, bonus claims (verify or reject), the pairwise ranking, the CSV
 * exports, and closing the stage.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import { stageSetupKeys } from './stages'

const path = (stageId: string) => ({ params: { path: { id: stageId } } })

export const getScoreChanges = (stageId: string) => unwrap(client.GET('/api/v1/stages/{id}/score-changes', path(stageId)))

export const getBonusClaims = (stageId: string) => unwrap(client.GET('/api/v1/stages/{id}/bonus-claims', path(stageId)))

export const decideBonusClaim = (claimId: string, verified: boolean, reason: string | null) =>
  unwrap(client.POST('/api/v1/bonus-claims/{id}/decision', { params: { path: { id: claimId } }, body: { verified, reason } }))

export const getPairwiseRanking = (stageId: string) =>
  unwrap(client.GET('/api/v1/stages/{id}/pairwise/ranking', path(stageId)))

/** `advance`: the entries chosen by hand (e.g. to settle a tie at the cutoff); left out, the recipe's advance rule chooses. */
export const closeStage = (stageId: string, advance?: string[]) =>
  unwrap(client.POST('/api/v1/stages/{id}/close', { ...path(stageId), body: advance ? { advance } : {} }))

export type StageExport = 'declarations' | 'scores'

/** A CSV export; it needs the Bearer token, so it is fetched and handed to the browser as a file. */
export async function fetchStageCsv(stageId: string, which: StageExport): Promise<Blob> {
  const options = { ...path(stageId), parseAs: 'blob' as const }
  const blob =
    which === 'declarations'
      ? await unwrap(client.GET('/api/v1/stages/{id}/declarations.csv', options))
      : await unwrap(client.GET('/api/v1/stages/{id}/scores.csv', options))
  return blob as Blob
}

export function useScoreChanges(stageId: string, enabled: boolean) {
  return useQuery({ queryKey: stageSetupKeys.scoreChanges(stageId), queryFn: () => getScoreChanges(stageId), enabled })
}

export function useBonusClaims(stageId: string) {
  return useQuery({ queryKey: stageSetupKeys.bonusClaims(stageId), queryFn: () => getBonusClaims(stageId) })
}

export function useDecideBonusClaim(stageId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ claimId, verified, reason }: { claimId: string; verified: boolean; reason: string | null }) =>
      decideBonusClaim(claimId, verified, reason),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: stageSetupKeys.bonusClaims(stageId) }),
  })
}

export function usePairwiseRanking(stageId: string, enabled: boolean) {
  return useQuery({ queryKey: stageSetupKeys.ranking(stageId), queryFn: () => getPairwiseRanking(stageId), enabled })
}

/** Closing is final: the stage, its contest's stage list and every view of it are read again. */
export function useCloseStage(stageId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (advance?: string[]) => closeStage(stageId, advance),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: stageSetupKeys.all }),
  })
}
