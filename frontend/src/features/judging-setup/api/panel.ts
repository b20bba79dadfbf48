/** A stage's panel: its judges with their progress, invitations by email, removals. */
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import { stageSetupKeys } from './stages'

const path = (stageId: string) => ({ params: { path: { id: stageId } } })

export const getPanel = (stageId: string) => unwrap(client.GET('/api/v1/stages/{id}/judges', path(stageId)))

/** Invites an address; `created` is false when it was already on the panel (the API answers 200, and mails nothing). */
export async function inviteJudge(stageId: string, email: string) {
  const pending = client.POST('/api/v1/stages/{id}/judges', { ...path(stageId), body: { email } })
  const member = await unwrap(pending)
  return { member, created: (await pending).response.status === 201 }
}

export const removeJudge = (stageId: string, judgeId: string) =>
  unwrap(client.DELETE('/api/v1/stages/{id}/judges/{judge_id}', { params: { path: { id: stageId, judge_id: judgeId } } }))

export function usePanel(stageId: string) {
  return useQuery({ queryKey: stageSetupKeys.panel(stageId), queryFn: () => getPanel(stageId) })
}

/** The panels of several stages at once (the stages page sums each one's progress). */
export function usePanels(stageIds: string[]) {
  return useQueries({
    queries: stageIds.map((id) => ({ queryKey: stageSetupKeys.panel(id), queryFn: () => getPanel(id) })),
  })
}

/** Inviting or removing a judge changes the panel and, with k judges per entry, the assignments. */
function useStageMutation<T, R>(stageId: string, run: (value: T) => Promise<R>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: stageSetupKeys.panel(stageId) })
      void queryClient.invalidateQueries({ queryKey: stageSetupKeys.assignments(stageId) })
    },
  })
}

export const useInviteJudge = (stageId: string) => useStageMutation(stageId, (email: string) => inviteJudge(stageId, email))

export const useRemoveJudge = (stageId: string) =>
  useStageMutation(stageId, (judgeId: string) => removeJudge(stageId, judgeId))
