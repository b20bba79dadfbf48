/**
 * A citizen's side of the teams API: my teams and my invitations, one team,
 * creating a team, inviting to it, answering an invitation, and removing a
 * member (or leaving).
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { client, unwrap } from '../../../lib/api-client'
import type { components } from '../../../lib/api/schema'
import { contestKeys, getContest } from '../../contests/api/contests'
import { entryKeys } from '../../entries/api/entries'

// `lib/api/types.ts` names no team shapes yet; these are the generated ones.
type Schemas = components['schemas']
export type TeamView = Schemas['TeamView']
export type TeamMember = Schemas['TeamMemberView']
export type TeamInvitation = Schemas['TeamInvitationView']
export type MyTeam = Schemas['MyTeamView']
export type MyTeamInvitation = Schemas['MyInvitationView']
export type TeamRules = Schemas['TeamRules']

export const teamKeys = {
  all: ['teams'] as const,
  mine: ['teams', 'mine'] as const,
  invitations: ['teams', 'invitations'] as const,
  detail: (id: string) => ['teams', 'detail', id] as const,
}

export const getMyTeams = () => unwrap(client.GET('/api/v1/me/teams'))

export const getMyTeamInvitations = () => unwrap(client.GET('/api/v1/me/team-invitations'))

export const getTeam = (id: string) => unwrap(client.GET('/api/v1/teams/{id}', { params: { path: { id } } }))

export const createTeam = (contestId: string, name: string) =>
  unwrap(client.POST('/api/v1/contests/{id}/teams', { params: { path: { id: contestId } }, body: { name } }))

/** The invitation, and whether it was already pending (200: the server sent no new mail). */
export async function inviteToTeam(teamId: string, email: string) {
  const pending = client.POST('/api/v1/teams/{id}/invitations', { params: { path: { id: teamId } }, body: { email } })
  const invitation = await unwrap(pending)
  const { response } = await pending
  return { invitation, alreadyInvited: response.status === 200 }
}

export const acceptTeamInvitation = (id: string) =>
  unwrap(client.POST('/api/v1/team-invitations/{id}/accept', { params: { path: { id } } }))

export const declineTeamInvitation = (id: string) =>
  unwrap(client.POST('/api/v1/team-invitations/{id}/decline', { params: { path: { id } } }))

/** The leader removes a member; a member (or a leader alone in the team) removes themself. */
export const removeTeamMember = (teamId: string, userId: string) =>
  unwrap(
    client.DELETE('/api/v1/teams/{id}/members/{user_id}', { params: { path: { id: teamId, user_id: userId } } }),
  )

export function useMyTeams(enabled = true) {
  return useQuery({ queryKey: teamKeys.mine, queryFn: getMyTeams, enabled })
}

export function useMyTeamInvitations(enabled = true) {
  return useQuery({ queryKey: teamKeys.invitations, queryFn: getMyTeamInvitations, enabled })
}

export function useTeam(id: string, enabled = true) {
  return useQuery({ queryKey: teamKeys.detail(id), queryFn: () => getTeam(id), enabled })
}

/** A team's contest (for its title, state and size limits), once the team is known. */
export function useTeamContest(contestId: string | undefined) {
  return useQuery({
    queryKey: contestKeys.detail(contestId ?? ''),
    queryFn: () => getContest(contestId!),
    enabled: contestId !== undefined,
  })
}

export function useCreateTeam(contestId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (name: string) => createTeam(contestId, name),
    onSuccess: (team) => {
      queryClient.setQueryData(teamKeys.detail(team.id), team)
      return queryClient.invalidateQueries({ queryKey: teamKeys.mine })
    },
  })
}

export function useInviteToTeam(teamId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (email: string) => inviteToTeam(teamId, email),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.detail(teamId) }),
  })
}

export function useAcceptTeamInvitation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: acceptTeamInvitation,
    onSuccess: (team) => {
      queryClient.setQueryData(teamKeys.detail(team.id), team)
      // The team's entries are mine to read now.
      void queryClient.invalidateQueries({ queryKey: entryKeys.mine })
      return queryClient.invalidateQueries({ queryKey: teamKeys.all })
    },
  })
}

export function useDeclineTeamInvitation() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: declineTeamInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.invitations }),
  })
}

/**
 * Removes `userId` from the team. Someone `leaving` goes elsewhere at once: the team,
 * which they can no longer read, is not asked for again under their feet.
 */
export function useRemoveTeamMember(teamId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ userId }: { userId: string; leaving: boolean }) => removeTeamMember(teamId, userId),
    onSuccess: (_, { leaving }) => {
      void queryClient.invalidateQueries({ queryKey: entryKeys.mine })
      void queryClient.invalidateQueries({ queryKey: teamKeys.mine })
      if (!leaving) return queryClient.invalidateQueries({ queryKey: teamKeys.detail(teamId) })
    },
  })
}
