import { useNavigate } from 'react-router'
import { Link } from '../../../components/ui/link'
import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { TEAMS_PATH } from '../../organize/utils/paths'
import { useRemoveTeamMember, type TeamView } from '../api/teams'
import { formatInstant } from '../utils/dates'
import { isFull, membersStillNeeded, teamRulesOf } from '../utils/team-rules'
import { teamErrorMessage } from '../utils/problems'
import { ConfirmAction } from './confirm-action'
import { InviteForm } from './invite-form'
import { TeamEntries } from './team-entries'
import { TeamMembers } from './team-members'

interface TeamDetailsProps {
  team: TeamView
  /** The team's contest, once read (its title, state and size limits). */
  contest: ContestView | undefined
  /** The signed-in member looking at the team. */
  viewerId: string
}

/** One team as its members see it; its leader invites and removes members while the contest is open. */
export function TeamDetails({ team, contest, viewerId }: TeamDetailsProps) {
  const { language, t, text } = useI18n()
  const isLeader = team.leader_id === viewerId
  const rules = contest ? teamRulesOf(contest) : null
  const open = contest?.state === 'open'
  const needed = membersStillNeeded(team.member_count, rules)

  return (
    <div className="team">
      <p className="team-card-meta">
        <span className="badge">{t(isLeader ? 'teams.role.leader' : 'teams.role.member')}</span>
      </p>
      <dl className="facts">
        <dt>{t('teams.contest')}</dt>
        <dd>
          <Link href={`/contests/${encodeURIComponent(team.contest_id)}`}>
            {contest ? text(contest.title) : t('teams.contestLink')}
          </Link>
        </dd>
        <dt>{t('teams.members')}</dt>
        <dd>
          {rules
            ? t('teams.memberCountOf', { count: team.member_count, max: rules.max_size })
            : t('teams.memberCount', { count: team.member_count })}
        </dd>
        {rules && (
          <>
            <dt>{t('teams.sizeLimits')}</dt>
            <dd>{t('teams.sizeRange', { min: rules.min_size, max: rules.max_size })}</dd>
          </>
        )}
      </dl>
      {needed > 0 && (
        <div className="notice">
          <p>{t('teams.needsMore', { count: needed })}</p>
        </div>
      )}
      {contest && !open && (
        <div className="notice">
          <p>{t('teams.problem.notOpen')}</p>
        </div>
      )}

      <TeamMembers team={team} canRemove={isLeader && open} />

      <section aria-labelledby="team-pending-title">
        <h2 id="team-pending-title">{t('teams.pending.title')}</h2>
        {team.invitations.length === 0 ? (
          <p>{t('teams.pending.none')}</p>
        ) : (
          <ul>
            {team.invitations.map((invitation) => (
              <li key={invitation.id}>
                {t('teams.pending.item', {
                  who: invitation.email ?? t('teams.pending.someone'),
                  date: formatInstant(invitation.expires_at, language),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>

      {isLeader && open && (isFull(team.member_count, rules) ? <p>{t('teams.invite.full')}</p> : <InviteForm teamId={team.id} />)}

      <TeamEntries team={team} contest={contest} isLeader={isLeader} />

      {open && <LeaveTeam team={team} viewerId={viewerId} isLeader={isLeader} />}
    </div>
  )
}

/** A member leaves; a leader alone in the team dissolves it. A leader with members removes them first. */
function LeaveTeam({ team, viewerId, isLeader }: { team: TeamView; viewerId: string; isLeader: boolean }) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const remove = useRemoveTeamMember(team.id)
  if (isLeader && team.member_count > 1) {
    return <p className="field-hint">{t('teams.leave.leaderHint')}</p>
  }
  const dissolving = isLeader
  return (
    <section aria-labelledby="team-leave-title">
      <h2 id="team-leave-title">{t(dissolving ? 'teams.dissolve.title' : 'teams.leave.title')}</h2>
      <ConfirmAction
        label={t(dissolving ? 'teams.dissolve' : 'teams.leave')}
        question={t(dissolving ? 'teams.dissolve.confirm' : 'teams.leave.confirm', { team: team.name })}
        confirmLabel={t(dissolving ? 'teams.dissolve.yes' : 'teams.leave.yes')}
        onConfirm={async () => {
          await remove.mutateAsync({ userId: viewerId, leaving: true })
          await navigate(TEAMS_PATH, { replace: true, state: { leftTeam: team.name } })
        }}
        describeError={(error) => teamErrorMessage(error, 'leave', t)}
      />
    </section>
  )
}
