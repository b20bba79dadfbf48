import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import type { EntryView } from '../../../lib/api/types'
import type { Answers } from '../utils/answers'

export const entryKeys = {
  mine: ['me', 'entries'] as const,
  detail: (id: string) => ['entries', id] as const,
  files: (id: string) => ['entries', id, 'files'] as const,
}

/** The API types `answers` as an object of nothing (`type: object` without properties). */
type ApiAnswers = Record<string, never>
const asApiAnswers = (answers: Answers) => answers as unknown as ApiAnswers

export const getEntry = (id: string) => unwrap(client.GET('/api/v1/entries/{id}', { params: { path: { id } } }))

/** Starts a draft: my own, or (`teamId`, its leader only) my team's. */
export const createEntry = (
  contestId: string,
  answers: Answers,
  category: string | null,
  idempotencyKey: string,
  teamId: string | null = null,
) =>
  unwrap(
    client.POST('/api/v1/contests/{id}/entries', {
      params: { path: { id: contestId }, header: { 'Idempotency-Key': idempotencyKey } },
      body: { answers: asApiAnswers(answers), category, ...(teamId ? { team_id: teamId } : {}) },
    }),
  )

export const saveEntry = (entry: Pick<EntryView, 'id' | 'version'>, answers: Answers, category: string | null) =>
  unwrap(
    client.PUT('/api/v1/entries/{id}', {
      params: { path: { id: entry.id } },
      body: { version: entry.version, answers: asApiAnswers(answers), category },
    }),
  )

export const submitEntry = (id: string, idempotencyKey: string) =>
  unwrap(
    client.POST('/api/v1/entries/{id}/submit', {
      params: { path: { id }, header: { 'Idempotency-Key': idempotencyKey } },
    }),
  )

export const withdrawEntry = (id: string) =>
  unwrap(client.POST('/api/v1/entries/{id}/withdraw', { params: { path: { id } } }))

export const getMyEntries = (cursor?: string) =>
  unwrap(client.GET('/api/v1/me/entries', { params: { query: { limit: 20, cursor } } }))

export function useEntry(id: string | null) {
  return useQuery({ queryKey: entryKeys.detail(id ?? ''), queryFn: () => getEntry(id!), enabled: id !== null })
}

/** My entries, page by page ("show more"). */
export function useMyEntries(enabled: boolean) {
  return useInfiniteQuery({
    queryKey: entryKeys.mine,
    queryFn: ({ pageParam }) => getMyEntries(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
    enabled,
  })
}
