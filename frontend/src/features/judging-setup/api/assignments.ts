/**
 * Who judges what in a stage: planning by the stage's mode, the list with
 * every declaration (a page at a time), assigning and removing by hand.
 */
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import { stageSetupKeys } from './stages'

/** Assignments per page: a screenful that stays quick with thousands of entries. */
export const ASSIGNMENTS_PAGE_SIZE = 100

const path = (stageId: string) => ({ params: { path: { id: stageId } } })

export const getAssignments = (stageId: string, filters: AssignmentFilters, cursor?: string) =>
  unwrap(
    client.GET('/api/v1/stages/{id}/assignments', {
      params: {
        path: { id: stageId },
        query: {
          limit: ASSIGNMENTS_PAGE_SIZE,
          cursor,
          judge_id: filters.judgeId || undefined,
          current: filters.currentOnly || undefined,
        },
      },
    }),
  )

export const planAssignments = (stageId: string) =>
  unwrap(client.POST('/api/v1/stages/{id}/assignments/plan', path(stageId)))

export const assignByHand = (stageId: string, judgeId: string, entryId: string) =>
  unwrap(client.POST('/api/v1/stages/{id}/assignments', { ...path(stageId), body: { judge_id: judgeId, entry_id: entryId } }))

export const removeAssignment = (assignmentId: string, reason: string) =>
  unwrap(client.POST('/api/v1/assignments/{id}/remove', { params: { path: { id: assignmentId } }, body: { reason } }))

export interface AssignmentFilters {
  /** Only this judge's (account id); empty for all. */
  judgeId: string
  currentOnly: boolean
}

export function useStageAssignments(stageId: string, filters: AssignmentFilters) {
  return useInfiniteQuery({
    queryKey: [...stageSetupKeys.assignments(stageId), filters],
    queryFn: ({ pageParam }) => getAssignments(stageId, filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  })
}

/** Every change to assignments moves the judges' progress too. */
function useAssignmentMutation<T, R>(stageId: string, run: (value: T) => Promise<R>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: run,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: stageSetupKeys.assignments(stageId) })
      void queryClient.invalidateQueries({ queryKey: stageSetupKeys.panel(stageId) })
    },
  })
}

export const usePlanAssignments = (stageId: string) => useAssignmentMutation(stageId, () => planAssignments(stageId))

export const useAssignByHand = (stageId: string) =>
  useAssignmentMutation(stageId, ({ judgeId, entryId }: { judgeId: string; entryId: string }) =>
    assignByHand(stageId, judgeId, entryId),
  )

export const useRemoveAssignment = (stageId: string) =>
  useAssignmentMutation(stageId, ({ assignmentId, reason }: { assignmentId: string; reason: string }) =>
    removeAssignment(assignmentId, reason),
  )
