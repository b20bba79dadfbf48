import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import type { ContestKind, ContestState } from '../../../lib/api/types'

export interface ContestFilters {
  kind?: ContestKind
  state?: ContestState
  q?: string
  cursor?: string
  limit?: number
}

export const contestKeys = {
  all: ['contests'] as const,
  list: (filters: ContestFilters) => ['contests', 'list', filters] as const,
  detail: (id: string) => ['contests', 'detail', id] as const,
}

export const getContests = (filters: ContestFilters) =>
  unwrap(client.GET('/api/v1/contests', { params: { query: filters } }))

export const getContest = (id: string) =>
  unwrap(client.GET('/api/v1/contests/{id}', { params: { path: { id } } }))

/** One page of published contests; the previous page stays on screen while the next loads. */
export function useContests(filters: ContestFilters) {
  return useQuery({
    queryKey: contestKeys.list(filters),
    queryFn: () => getContests(filters),
    placeholderData: keepPreviousData,
  })
}

export function useContest(id: string) {
  return useQuery({ queryKey: contestKeys.detail(id), queryFn: () => getContest(id) })
}

/** The cover image is public once the contest is published: a plain <img> can load it. */
export const contestCoverUrl = (id: string) => `/api/v1/contests/${encodeURIComponent(id)}/cover`
