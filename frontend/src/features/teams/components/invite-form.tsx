import { useState, type FormEvent } from 'react'
import { StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { Field } from '../../../components/ui/field'
import { useI18n } from '../../../lib/i18n'
import { fieldErrorsOf } from '../../../lib/problem-messages'
import { useInviteToTeam } from '../api/teams'
import { teamErrorMessage } from '../utils/problems'

/** The leader invites someone by email; the server mails the invitation. */
export function InviteForm({ teamId }: { teamId: string }) {
  const { t } = useI18n()
  const invite = useInviteToTeam(teamId)
  const [email, setEmail] = useState('')
  const [attempt, setAttempt] = useState(0)
  const [localError, setLocalError] = useState<string | null>(null)
  const [sent, setSent] = useState<{ email: string; already: boolean } | null>(null)

  const fieldError = localError ?? (invite.error ? fieldErrorsOf(invite.error, t).email : undefined)
  const detail = invite.error && !fieldError ? teamErrorMessage(invite.error, 'invite', t) : undefined

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (invite.isPending) return
    setAttempt((n) => n + 1)
    setSent(null)
    const address = email.trim()
    if (!address) {
      invite.reset()
      setLocalError(t('fieldError.required'))
      return
    }
    setLocalError(null)
    invite.mutate(address, {
      onSuccess: ({ alreadyInvited }) => {
        setSent({ email: address, already: alreadyInvited })
        setEmail('')
      },
    })
  }

  return (
    <form onSubmit={submit} noValidate className="team-form" aria-labelledby="team-invite-title">
      <h2 id="team-invite-title">{t('teams.invite.title')}</h2>
      {(fieldError || detail) && (
        <ErrorSummary
          key={attempt}
          title={t('teams.invite.failed')}
          detail={detail}
          items={fieldError ? [{ message: `${t('teams.invite.email')}: ${fieldError}`, fieldId: 'team-invite-email' }] : []}
        />
      )}
      {sent && (
        <StatusMessage>
          <p>{t(sent.already ? 'teams.invite.alreadyInvited' : 'teams.invite.sent', { email: sent.email })}</p>
        </StatusMessage>
      )}
      <Field
        id="team-invite-email"
        label={t('teams.invite.email')}
        hint={t('teams.invite.hint')}
        type="email"
        autoComplete="off"
        required
        value={email}
        error={fieldError}
        onChange={(e) => setEmail(e.target.value)}
      />
      <Button type="submit" busy={invite.isPending}>
        {invite.isPending ? t('teams.invite.sending') : t('teams.invite.send')}
      </Button>
    </form>
  )
}
