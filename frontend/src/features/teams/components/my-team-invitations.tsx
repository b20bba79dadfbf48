import { useState } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { Link } from '../../../components/ui/link'
import { ApiError } from '../../../lib/api-client'
import { useI18n } from '../../../lib/i18n'
import { teamPath } from '../../organize/utils/paths'
import {
  useAcceptTeamInvitation,
  useDeclineTeamInvitation,
  useMyTeamInvitations,
  type MyTeamInvitation,
  type TeamView,
} from '../api/teams'
import { formatInstant } from '../utils/dates'
import { teamErrorMessage } from '../utils/problems'

type Outcome = { kind: 'joined'; team: TeamView } | { kind: 'declined'; teamName: string }

/** Team invitations waiting for my answer (the invitation mail links here). */
export function MyTeamInvitations() {
  const { t } = useI18n()
  const invitations = useMyTeamInvitations()
  // Kept here: an answered invitation leaves the list, its card with it.
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const unverified = invitations.error instanceof ApiError && invitations.error.problem.code === 'account_restricted'

  return (
    <section aria-labelledby="team-invitations-title">
      <h2 id="team-invitations-title">{t('teams.invitations.title')}</h2>
      {outcome?.kind === 'joined' && (
        <StatusMessage>
          <p>
            {t('teams.invitations.joined', { team: outcome.team.name })}{' '}
            <Link href={teamPath(outcome.team.id)}>{t('teams.open', { team: outcome.team.name })}</Link>
          </p>
        </StatusMessage>
      )}
      {outcome?.kind === 'declined' && (
        <StatusMessage>
          <p>{t('teams.invitations.declined', { team: outcome.teamName })}</p>
        </StatusMessage>
      )}
      {unverified ? (
        <div className="notice">
          <p>
            {t('teams.problem.verifyEmail')} <Link href="/me">{t('nav.me')}</Link>
          </p>
        </div>
      ) : invitations.isError ? (
        <ErrorAlert>
          <p>{teamErrorMessage(invitations.error, 'list-invitations', t)}</p>
        </ErrorAlert>
      ) : !invitations.data ? (
        <p role="status">{t('app.loading')}</p>
      ) : invitations.data.length === 0 ? (
        <p>{t('teams.invitations.none')}</p>
      ) : (
        <ul className="team-list">
          {invitations.data.map((invitation) => (
            <li key={invitation.id}>
              <InvitationCard
                invitation={invitation}
                onJoined={(team) => setOutcome({ kind: 'joined', team })}
                onDeclined={() => setOutcome({ kind: 'declined', teamName: invitation.team_name })}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}

interface InvitationCardProps {
  invitation: MyTeamInvitation
  onJoined: (team: TeamView) => void
  onDeclined: () => void
}

function InvitationCard({ invitation, onJoined, onDeclined }: InvitationCardProps) {
  const { language, t, text } = useI18n()
  const accept = useAcceptTeamInvitation()
  const decline = useDeclineTeamInvitation()
  const failure = accept.error ?? decline.error
  const titleId = `team-invitation-${invitation.id}`
  const busy = accept.isPending || decline.isPending

  return (
    <article className="team-card" aria-labelledby={titleId}>
      <h3 id={titleId} className="team-card-title">
        {invitation.team_name}
      </h3>
      <p>
        <Link href={`/contests/${encodeURIComponent(invitation.contest_id)}`}>{text(invitation.contest_title)}</Link>
      </p>
      <p className="team-card-meta">
        {t('teams.invitations.from', {
          name: invitation.invited_by,
          date: formatInstant(invitation.expires_at, language),
        })}
      </p>
      {failure && (
        <ErrorAlert>
          <p>{teamErrorMessage(failure, 'answer', t)}</p>
        </ErrorAlert>
      )}
      <div className="actions">
        <Button
          busy={busy}
          onClick={() => {
            decline.reset()
            accept.mutate(invitation.id, { onSuccess: onJoined })
          }}
          aria-label={t('teams.invitations.acceptNamed', { team: invitation.team_name })}
        >
          {t('teams.invitations.accept')}
        </Button>
        <Button
          variant="secondary"
          busy={busy}
          onClick={() => {
            accept.reset()
            decline.mutate(invitation.id, { onSuccess: onDeclined })
          }}
          aria-label={t('teams.invitations.declineNamed', { team: invitation.team_name })}
        >
          {t('teams.invitations.decline')}
        </Button>
      </div>
    </article>
  )
}
