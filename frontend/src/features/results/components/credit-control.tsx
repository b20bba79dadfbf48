import { useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { Field } from '../../../components/ui/field'
import { ApiError } from '../../../lib/api-client'
import type { CreditView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage, fieldErrorsOf } from '../../../lib/problem-messages'
import { resultKeys, saveCredit, useCredit } from '../api/results'

type Choice = 'display' | 'other' | 'hidden'

const NAME_MAX = 60

const choiceOf = (credit: CreditView): Choice => (credit.hidden ? 'hidden' : credit.name ? 'other' : 'display')

/**
 * How the entry is credited in the published results: under the entrant's
 * (or team's) name, another name, or not named. Fixed once the results are
 * published: then the choice shows, disabled, with the reason.
 */
export function CreditControl({ entryId, published, team }: { entryId: string; published: boolean; team: boolean }) {
  const { t } = useI18n()
  const credit = useCredit(entryId)
  if (credit.isError) {
    return (
      <ErrorAlert>
        <p>{errorMessage(credit.error, t)}</p>
      </ErrorAlert>
    )
  }
  if (!credit.data) return <p role="status">{t('app.loading')}</p>
  return <CreditForm entryId={entryId} initial={credit.data} published={published} team={team} />
}

function CreditForm({ entryId, initial, published, team }: { entryId: string; initial: CreditView; published: boolean; team: boolean }) {
  const { t } = useI18n()
  const queryClient = useQueryClient()
  const [choice, setChoice] = useState<Choice>(choiceOf(initial))
  const [name, setName] = useState(initial.name ?? '')
  const [busy, setBusy] = useState(false)
  const [saved, setSaved] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const [emptyName, setEmptyName] = useState(false)
  // Published as far as the page knew, or as the server said when saving.
  const [refused, setRefused] = useState(false)
  const frozen = published || refused

  const base = `credit-${entryId}`
  const frozenId = `${base}-frozen`
  const nameError = choice === 'other' && failure ? fieldErrorsOf(failure, t).name : undefined

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy || frozen) return
    setSaved(false)
    setFailure(null)
    const trimmed = name.trim()
    if (choice === 'other' && trimmed === '') {
      setEmptyName(true)
      return
    }
    setEmptyName(false)
    setBusy(true)
    try {
      const next = await saveCredit(entryId, { hidden: choice === 'hidden', name: choice === 'other' ? trimmed : null })
      queryClient.setQueryData(resultKeys.credit(entryId), next)
      setSaved(true)
    } catch (error) {
      if (error instanceof ApiError && error.code === 'results_published') setRefused(true)
      else setFailure(error)
    } finally {
      setBusy(false)
    }
  }

  const choices: { value: Choice; label: string }[] = [
    { value: 'display', label: t(team ? 'credit.teamName' : 'credit.displayName') },
    { value: 'other', label: t('credit.otherName') },
    { value: 'hidden', label: t('credit.hidden') },
  ]
  return (
    <form className="credit" onSubmit={(event) => void submit(event)} noValidate>
      <fieldset disabled={frozen} aria-describedby={frozen ? frozenId : undefined} className="choice-group">
        <legend>{t('credit.legend')}</legend>
        {choices.map((option) => (
          <div className="checkbox" key={option.value}>
            <input
              type="radio"
              id={`${base}-${option.value}`}
              name={base}
              checked={choice === option.value}
              onChange={() => setChoice(option.value)}
            />
            <label htmlFor={`${base}-${option.value}`}>{option.label}</label>
          </div>
        ))}
        {choice === 'other' && (
          <Field
            id={`${base}-name`}
            label={t('credit.name')}
            hint={t('credit.nameHint', { max: NAME_MAX })}
            value={name}
            maxLength={NAME_MAX}
            autoComplete="off"
            required
            error={emptyName ? t('fieldError.required') : nameError}
            onChange={(event) => setName(event.target.value)}
          />
        )}
        {!frozen && (
          <Button type="submit" variant="secondary" busy={busy}>
            {t('credit.save')}
          </Button>
        )}
      </fieldset>
      {frozen && (
        <p id={frozenId} className="field-hint">
          {t('problem.results_published')}
        </p>
      )}
      {saved && (
        <StatusMessage>
          <p>{t('credit.saved')}</p>
        </StatusMessage>
      )}
      {failure !== null && !nameError && (
        <ErrorAlert>
          <p>{errorMessage(failure, t)}</p>
        </ErrorAlert>
      )}
    </form>
  )
}
