import { useI18n } from '../../../lib/i18n'
import { useRemoveTeamMember, type TeamView } from '../api/teams'
import { formatInstant } from '../utils/dates'
import { teamErrorMessage } from '../utils/problems'
import { ConfirmAction } from './confirm-action'

interface TeamMembersProps {
  team: TeamView
  /** The leader may remove the others while the contest is open. */
  canRemove: boolean
}

/** Who is in the team, the leader first; the leader removes a member after confirming. */
export function TeamMembers({ team, canRemove }: TeamMembersProps) {
  const { language, t } = useI18n()
  const remove = useRemoveTeamMember(team.id)
  return (
    <section aria-labelledby="team-members-title">
      <h2 id="team-members-title">{t('teams.members')}</h2>
      <ul className="team-members">
        {team.members.map((member) => (
          <li key={member.user_id} className="team-member">
            <p>
              <strong>{member.display_name}</strong>{' '}
              {member.is_leader && <span className="badge">{t('teams.role.leader')}</span>}
            </p>
            <p className="team-card-meta">{t('teams.joinedAt', { date: formatInstant(member.joined_at, language) })}</p>
            {canRemove && !member.is_leader && (
              <ConfirmAction
                label={t('teams.remove')}
                accessibleLabel={t('teams.removeNamed', { name: member.display_name })}
                question={t('teams.removeConfirm', { name: member.display_name })}
                confirmLabel={t('teams.removeYes')}
                onConfirm={async () => {
                  await remove.mutateAsync({ userId: member.user_id, leaving: false })
                }}
                describeError={(error) => teamErrorMessage(error, 'remove', t)}
              />
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
