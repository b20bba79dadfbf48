import { useEffect, useRef, useState, type FormEvent } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { FieldError, RequiredMark } from '../../../components/ui/field'
import type { Declaration } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage, fieldErrorsOf } from '../../../lib/problem-messages'

const MAX_REASON = 1000

interface DeclarationFormProps {
  /** Sends the declaration; throws the API's error. */
  onDeclare: (declaration: Declaration) => Promise<unknown>
  /** What a conflict does here: ends the assignment (rubric) or skips the entry (pairwise). */
  conflictOutcome: string
}

/**
 * The conflict-of-interest declaration (제척·기피·회피) a judge makes before
 * any of an entry's content is shown: no conflict, or a conflict with the
 * reason (seen only by the organizers). Nothing is chosen in advance: saying
 * "no conflict" is a deliberate act. The heading takes focus when the form
 * appears (also after a navigation: see app/layout.tsx), so a keyboard or
 * screen-reader user starts here.
 */
export function DeclarationForm({ onDeclare, conflictOutcome }: DeclarationFormProps) {
  const { t } = useI18n()
  const heading = useRef<HTMLHeadingElement>(null)
  const [choice, setChoice] = useState<'none' | 'conflict' | null>(null)
  const [reason, setReason] = useState('')
  const [errors, setErrors] = useState<{ choice?: string; reason?: string }>({})
  const [failure, setFailure] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    heading.current?.focus()
  }, [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy) return
    const found: typeof errors = {}
    if (choice === null) found.choice = t('judging.declaration.chooseOne')
    if (choice === 'conflict' && !reason.trim()) found.reason = t('judging.declaration.reasonRequired')
    setErrors(found)
    setFailure(null)
    if (found.choice || found.reason) {
      document.getElementById(found.choice ? 'declaration-none' : 'declaration-reason')?.focus()
      return
    }
    setBusy(true)
    try {
      await onDeclare(choice === 'conflict' ? { conflict: true, reason: reason.trim() } : { conflict: false })
    } catch (error) {
      const fields = fieldErrorsOf(error, t)
      if (fields.reason || fields.note) setErrors({ reason: fields.reason ?? fields.note })
      else setFailure(error)
      setBusy(false)
    }
  }

  return (
    <section className="panel declaration" aria-labelledby="declaration-title">
      <h2 id="declaration-title" ref={heading} tabIndex={-1} data-arrival-focus>
        {t('judging.declaration.title')}
      </h2>
      <p>{t('judging.declaration.lead')}</p>
      <ul className="declaration-grounds">
        <li>{t('judging.declaration.exclusion')}</li>
        <li>{t('judging.declaration.challenge')}</li>
        <li>{t('judging.declaration.recusal')}</li>
      </ul>
      {failure !== null && (
        <ErrorAlert>
          <p>{errorMessage(failure, t)}</p>
        </ErrorAlert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <fieldset className="field choice-group" aria-describedby={errors.choice ? 'declaration-choice-error' : undefined}>
          <legend>
            {t('judging.declaration.question')}
            <RequiredMark />
          </legend>
          {errors.choice && <FieldError id="declaration-choice-error">{errors.choice}</FieldError>}
          <div className="checkbox">
            <input
              type="radio"
              id="declaration-none"
              name="declaration"
              checked={choice === 'none'}
              onChange={() => setChoice('none')}
            />
            <label htmlFor="declaration-none">{t('judging.declaration.none')}</label>
          </div>
          <div className="checkbox">
            <input
              type="radio"
              id="declaration-conflict"
              name="declaration"
              checked={choice === 'conflict'}
              onChange={() => setChoice('conflict')}
              aria-describedby="declaration-conflict-hint"
            />
            <label htmlFor="declaration-conflict">{t('judging.declaration.conflict')}</label>
          </div>
          <p id="declaration-conflict-hint" className="field-hint">
            {conflictOutcome}
          </p>
        </fieldset>
        {choice === 'conflict' && (
          <div className="field">
            <label htmlFor="declaration-reason">
              {t('judging.declaration.reason')}
              <RequiredMark />
            </label>
            <p id="declaration-reason-hint" className="field-hint">
              {t('judging.declaration.reasonHint', { max: MAX_REASON })}
            </p>
            <textarea
              id="declaration-reason"
              rows={3}
              maxLength={MAX_REASON}
              required
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={errors.reason ? true : undefined}
              aria-describedby={['declaration-reason-hint', errors.reason ? 'declaration-reason-error' : '']
                .filter(Boolean)
                .join(' ')}
            />
            {errors.reason && <FieldError id="declaration-reason-error">{errors.reason}</FieldError>}
          </div>
        )}
        <Button type="submit" busy={busy}>
          {busy ? t('form.submitting') : t('judging.declaration.submit')}
        </Button>
      </form>
    </section>
  )
}
