/**
 * The organizer's side of a contest's judging stages: the list in order, one
 * stage, creating and replacing a stage's settings (with the version last
 * read: a 409 `version_conflict` says someone saved in between).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import type { StageView } from '../../../lib/api/types'
import type { StageDocument } from '../utils/stage-draft'

export const stageSetupKeys = {
  all: ['judging-setup'] as const,
  stages: (contestId: string) => ['judging-setup', 'contest', contestId, 'stages'] as const,
  stage: (stageId: string) => ['judging-setup', 'stage', stageId] as const,
  panel: (stageId: string) => ['judging-setup', 'stage', stageId, 'panel'] as const,
  assignments: (stageId: string) => ['judging-setup', 'stage', stageId, 'assignments'] as const,
  scoreChanges: (stageId: string) => ['judging-setup', 'stage', stageId, 'score-changes'] as const,
  bonusClaims: (stageId: string) => ['judging-setup', 'stage', stageId, 'bonus-claims'] as const,
  ranking: (stageId: string) => ['judging-setup', 'stage', stageId, 'ranking'] as const,
}

export const getContestStages = (contestId: string) =>
  unwrap(client.GET('/api/v1/contests/{id}/stages', { params: { path: { id: contestId } } }))

export const getStage = (stageId: string) =>
  unwrap(client.GET('/api/v1/stages/{id}', { params: { path: { id: stageId } } }))

export const createStage = (contestId: string, body: StageDocument) =>
  unwrap(client.POST('/api/v1/contests/{id}/stages', { params: { path: { id: contestId } }, body }))

export const updateStage = (stageId: string, body: StageDocument) =>
  unwrap(client.PUT('/api/v1/stages/{id}', { params: { path: { id: stageId } }, body }))

export function useContestStages(contestId: string, enabled = true) {
  return useQuery({ queryKey: stageSetupKeys.stages(contestId), queryFn: () => getContestStages(contestId), enabled })
}

export function useSetupStage(stageId: string, enabled = true) {
  return useQuery({ queryKey: stageSetupKeys.stage(stageId), queryFn: () => getStage(stageId), enabled })
}

/** Keeps the list and the one stage in step with what the server answered. */
function remember(queryClient: ReturnType<typeof useQueryClient>, stage: StageView) {
  queryClient.setQueryData(stageSetupKeys.stage(stage.id), stage)
  void queryClient.invalidateQueries({ queryKey: stageSetupKeys.stages(stage.contest_id) })
}

export function useCreateStage(contestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: StageDocument) => createStage(contestId, body),
    onSuccess: (stage) => remember(queryClient, stage),
  })
}

export function useUpdateStage(stageId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: StageDocument) => updateStage(stageId, body),
    onSuccess: (stage) => remember(queryClient, stage),
  })
}
