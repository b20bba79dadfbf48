import { useState, type FormEvent } from 'react'
import { useNavigate } from 'react-router'
import { Button } from '../../../components/ui/button'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { Field } from '../../../components/ui/field'
import { ApiError } from '../../../lib/api-client'
import { useI18n } from '../../../lib/i18n'
import { teamPath } from '../../organize/utils/paths'
import { useCreateTeam } from '../api/teams'
import { teamErrorMessage } from '../utils/problems'

/** As the server counts a team name (src/domain/contest/team.rs). */
const MAX_NAME_CHARS = 50

/** Creates a team in the contest, led by me, and opens its page to invite the others. */
export function CreateTeamForm({ contestId }: { contestId: string }) {
  const { t } = useI18n()
  const navigate = useNavigate()
  const create = useCreateTeam(contestId)
  const [name, setName] = useState('')
  const [attempt, setAttempt] = useState(0)
  const [localError, setLocalError] = useState<string | null>(null)

  // The server's one code for a bad name (`invalid_name`) covers empty, too long and control characters.
  const serverNameError =
    create.error instanceof ApiError && create.error.problem.errors?.some((e) => e.field === 'name')
      ? t('teams.create.invalidName', { max: MAX_NAME_CHARS })
      : undefined
  const nameError = localError ?? serverNameError
  const detail = create.error && !nameError ? teamErrorMessage(create.error, 'create', t) : undefined

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (create.isPending) return
    setAttempt((n) => n + 1)
    const trimmed = name.trim()
    if (!trimmed || [...trimmed].length > MAX_NAME_CHARS) {
      create.reset()
      setLocalError(t('teams.create.invalidName', { max: MAX_NAME_CHARS }))
      return
    }
    setLocalError(null)
    create.mutate(trimmed, { onSuccess: (team) => void navigate(teamPath(team.id)) })
  }

  return (
    <form onSubmit={submit} noValidate className="team-form" aria-labelledby="team-create-title">
      <h3 id="team-create-title">{t('teams.create.title')}</h3>
      <p>{t('teams.create.intro')}</p>
      {(nameError || detail) && (
        <ErrorSummary
          key={attempt}
          title={t('teams.create.failed')}
          detail={detail}
          items={nameError ? [{ message: `${t('teams.create.name')}: ${nameError}`, fieldId: 'team-name' }] : []}
        />
      )}
      <Field
        id="team-name"
        label={t('teams.create.name')}
        hint={t('teams.create.nameHint', { max: MAX_NAME_CHARS })}
        required
        maxLength={MAX_NAME_CHARS}
        autoComplete="off"
        value={name}
        error={nameError}
        onChange={(e) => setName(e.target.value)}
      />
      <Button type="submit" busy={create.isPending}>
        {create.isPending ? t('teams.create.creating') : t('teams.create.submit')}
      </Button>
    </form>
  )
}
