/**
 * What a failed team action means, in the reader's language. The server's
 * plain `conflict` (409) has a different cause for each action, and its
 * English `detail` is never shown, so each action names its own; every
 * other code has the app's usual message.
 */
import type { MessageKey, Translate } from '../../../lib/i18n'
import { ApiError } from '../../../lib/api-client'
import { errorMessage } from '../../../lib/problem-messages'

export type TeamAction = 'create' | 'invite' | 'answer' | 'remove' | 'leave' | 'list-invitations'

const CONFLICTS: Partial<Record<TeamAction, MessageKey>> = {
  create: 'teams.problem.nameTaken',
  invite: 'teams.problem.inviteConflict',
  answer: 'teams.problem.answered',
  leave: 'teams.problem.leaderCannotLeave',
}

export function teamErrorMessage(error: unknown, action: TeamAction, t: Translate): string {
  if (!(error instanceof ApiError)) return errorMessage(error, t)
  const code = error.problem.code
  const conflict = CONFLICTS[action]
  if (code === 'conflict' && conflict) return t(conflict)
  if (code === 'deadline_passed') return t('teams.problem.notOpen')
  if (code === 'account_restricted' && (action === 'answer' || action === 'list-invitations')) {
    return t('teams.problem.verifyEmail')
  }
  if (code === 'team_too_small') return t('teams.problem.entryNeedsMember')
  if (code === 'forbidden' && action === 'invite') return t('teams.problem.leaderOnly')
  return errorMessage(error, t)
}
