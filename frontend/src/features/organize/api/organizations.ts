/**
 * Organizations and their organizers. An organizer's own organizations are
 * one request (`GET /me/organizations`); admins manage every organization,
 * so for them the whole list is read. The answer is kept ten minutes: the
 * navigation asks it on every page to decide whether to offer "Organize".
 */
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import type { Me, paths } from '../../../lib/api/types'

export type OrganizationView =
  paths['/api/v1/organizations/{id}']['get']['responses'][200]['content']['application/json']
export type MemberView =
  paths['/api/v1/organizations/{id}/members']['get']['responses'][200]['content']['application/json']['items'][number]
export type MyOrganizationView = paths['/api/v1/me/organizations']['get']['responses'][200]['content']['application/json'][number]
export type NewOrganization = paths['/api/v1/organizations']['post']['requestBody']['content']['application/json']

export const organizationKeys = {
  all: ['organizations'] as const,
  mine: (userId: string) => ['organizations', 'mine', userId] as const,
  detail: (id: string) => ['organizations', id] as const,
  contests: (id: string) => ['organizations', id, 'contests'] as const,
  members: (id: string) => ['organizations', id, 'members'] as const,
}

const PAGE = 100
/** Enough for any real deployment; a longer list stops here rather than loop. */
const MAX_PAGES = 20
export const CONTESTS_PAGE_SIZE = 20

export async function listAllOrganizations(): Promise<OrganizationView[]> {
  const all: OrganizationView[] = []
  let cursor: string | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await unwrap(client.GET('/api/v1/organizations', { params: { query: { limit: PAGE, cursor } } }))
    all.push(...answer.items)
    if (!answer.next_cursor) break
    cursor = answer.next_cursor
  }
  return all
}

/** The organizations the signed-in account belongs to. */
export async function getMemberships(): Promise<OrganizationView[]> {
  const memberships: MyOrganizationView[] = await unwrap(client.GET('/api/v1/me/organizations'))
  return memberships.map((membership) => membership.organization)
}

/** The organizations the account organizes: all of them for an admin. */
export const getMyOrganizations = (me: Pick<Me, 'is_admin'>): Promise<OrganizationView[]> =>
  me.is_admin ? listAllOrganizations() : getMemberships()

export const getOrganization = (id: string) =>
  unwrap(client.GET('/api/v1/organizations/{id}', { params: { path: { id } } }))

export const createOrganization = (body: NewOrganization) => unwrap(client.POST('/api/v1/organizations', { body }))

export const getOrganizationContests = (id: string, cursor?: string) =>
  unwrap(
    client.GET('/api/v1/organizations/{id}/contests', {
      params: { path: { id }, query: { limit: CONTESTS_PAGE_SIZE, cursor } },
    }),
  )

export const getMembers = (id: string, cursor?: string) =>
  unwrap(client.GET('/api/v1/organizations/{id}/members', { params: { path: { id }, query: { limit: PAGE, cursor } } }))

export const addMember = (id: string, email: string) =>
  unwrap(client.POST('/api/v1/organizations/{id}/members', { params: { path: { id } }, body: { email } }))

export const removeMember = (id: string, userId: string) =>
  unwrap(
    client.DELETE('/api/v1/organizations/{id}/members/{user_id}', { params: { path: { id, user_id: userId } } }),
  )

// --- hooks -------------------------------------------------------------------

/** My organizations; `me` null (signed out or loading) asks nothing. */
export function useMyOrganizations(me: Pick<Me, 'id' | 'is_admin'> | null) {
  return useQuery({
    queryKey: organizationKeys.mine(me?.id ?? ''),
    queryFn: () => getMyOrganizations(me!),
    enabled: me !== null,
    staleTime: 10 * 60 * 1000,
  })
}

export function useOrganization(id: string) {
  return useQuery({ queryKey: organizationKeys.detail(id), queryFn: () => getOrganization(id) })
}

export function useCreateOrganization() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all }),
  })
}

/** The organization's contests, drafts included, page by page. */
export function useOrganizationContests(id: string) {
  return useInfiniteQuery({
    queryKey: organizationKeys.contests(id),
    queryFn: ({ pageParam }) => getOrganizationContests(id, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  })
}

export function useMembers(id: string) {
  return useInfiniteQuery({
    queryKey: organizationKeys.members(id),
    queryFn: ({ pageParam }) => getMembers(id, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.next_cursor ?? undefined,
  })
}

export function useAddMember(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (email: string) => addMember(id, email),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.members(id) }),
  })
}

export function useRemoveMember(id: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (userId: string) => removeMember(id, userId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.members(id) }),
  })
}
