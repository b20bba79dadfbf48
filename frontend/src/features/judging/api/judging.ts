/**
 * A judge's side of the judging API: my stages and invitations, my
 * assignments in a stage, the conflict-of-interest declaration, the entry
 * behind an assignment and my score for it.
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type InfiniteData } from '@tanstack/react-query'
import { ApiError, client, unwrap } from '../../../lib/api-client'
import type { AssignmentView, Declaration, ScoreSave, ScoreView } from '../../../lib/api/types'
import { contestKeys, getContest } from '../../contests/api/contests'

export const judgingKeys = {
  all: ['judging'] as const,
  mine: ['judging', 'mine'] as const,
  stage: (stageId: string) => ['judging', 'stage', stageId] as const,
  assignments: (stageId: string) => ['judging', 'stage', stageId, 'assignments'] as const,
  entry: (assignmentId: string) => ['judging', 'assignment', assignmentId, 'entry'] as const,
  score: (assignmentId: string) => ['judging', 'assignment', assignmentId, 'score'] as const,
  pairwise: (stageId: string) => ['judging', 'stage', stageId, 'pairwise'] as const,
}

/** Assignments per page: a judge's whole list usually fits in one or two. */
export const ASSIGNMENTS_PAGE_SIZE = 50

export const getMyJudging = () => unwrap(client.GET('/api/v1/me/judging'))

export const acceptInvitation = (stageId: string) =>
  unwrap(client.POST('/api/v1/stages/{id}/judges/accept', { params: { path: { id: stageId } } }))

export const getStage = (stageId: string) => unwrap(client.GET('/api/v1/stages/{id}', { params: { path: { id: stageId } } }))

export const getMyAssignments = (stageId: string, cursor?: string) =>
  unwrap(
    client.GET('/api/v1/stages/{id}/assignments/mine', {
      params: { path: { id: stageId }, query: { limit: ASSIGNMENTS_PAGE_SIZE, cursor } },
    }),
  )

export const declare = (assignmentId: string, declaration: Declaration) =>
  unwrap(
    client.POST('/api/v1/assignments/{id}/declaration', { params: { path: { id: assignmentId } }, body: declaration }),
  )

export const getJudgeEntry = (assignmentId: string) =>
  unwrap(client.GET('/api/v1/assignments/{id}/entry', { params: { path: { id: assignmentId } } }))

/** My score for the assignment, or null before the first save (the API answers 404 then). */
export async function getMyScore(assignmentId: string): Promise<ScoreView | null> {
  try {
    return await unwrap(client.GET('/api/v1/assignments/{id}/score', { params: { path: { id: assignmentId } } }))
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}

export const saveScore = (assignmentId: string, body: ScoreSave) =>
  unwrap(client.PUT('/api/v1/assignments/{id}/score', { params: { path: { id: assignmentId } }, body }))

// --- hooks -------------------------------------------------------------------

export function useMyJudging(enabled = true) {
  return useQuery({ queryKey: judgingKeys.mine, queryFn: getMyJudging, enabled })
}

export function useStage(stageId: string, enabled = true) {
  return useQuery({ queryKey: judgingKeys.stage(stageId), queryFn: () => getStage(stageId), enabled })
}

/** The stage's contest (its form's labels, its time zone), once the stage says which it is. */
export function useStageContest(contestId: string | undefined) {
  return useQuery({
    queryKey: contestKeys.detail(contestId ?? ''),
    queryFn: () => getContest(contestId!),
    enabled: contestId !== undefined,
  })
}

export function useAcceptInvitation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: acceptInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: judgingKeys.all }),
  })
}

/** My current assignments in a stage, page by page. */
export function useMyAssignments(stageId: string, enabled = true) {
  return useInfiniteQuery({
    queryKey: judgingKeys.assignments(stageId),
    queryFn: ({ pageParam }) => getMyAssignments(stageId, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    enabled,
  })
}

type AssignmentPages = InfiniteData<{ items: AssignmentView[]; next_cursor?: string | null }, string | undefined>

/** Changes one assignment in the cached list, so the list and the screens agree without a refetch. */
export function patchCachedAssignment(
  queryClient: ReturnType<typeof useQueryClient>,
  stageId: string,
  assignmentId: string,
  patch: Partial<AssignmentView>,
) {
  queryClient.setQueryData<AssignmentPages>(judgingKeys.assignments(stageId), (data) =>
    data
      ? {
          ...data,
          pages: data.pages.map((page) => ({
            ...page,
            items: page.items.map((a) => (a.id === assignmentId ? { ...a, ...patch } : a)),
          })),
        }
      : data,
  )
}

/** The entry behind an assignment; only asked for once the judge declared no conflict. */
export function useJudgeEntry(assignmentId: string, enabled: boolean) {
  return useQuery({ queryKey: judgingKeys.entry(assignmentId), queryFn: () => getJudgeEntry(assignmentId), enabled })
}

export function useMyScore(assignmentId: string, enabled: boolean) {
  return useQuery({ queryKey: judgingKeys.score(assignmentId), queryFn: () => getMyScore(assignmentId), enabled })
}
