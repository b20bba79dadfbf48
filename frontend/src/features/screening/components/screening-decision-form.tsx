import { useState, type FormEvent } from 'react'
import { StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { FieldError, RequiredMark } from '../../../components/ui/field'
import { ApiError } from '../../../lib/api-client'
import { useI18n, type MessageKey } from '../../../lib/i18n'
import { errorMessage, fieldErrorsOf } from '../../../lib/problem-messages'
import { useScreenEntry } from '../api/screening'
import type { ScreeningState } from '../api/shapes'

const SAVED: Record<ScreeningState, MessageKey> = {
  eligible: 'screening.decision.savedEligible',
  disqualified: 'screening.decision.savedDisqualified',
  pending: 'screening.decision.savedPending',
}

/**
 * The organizer's decision on one submitted entry: eligible, disqualified
 * with a reason (mailed to the entrant, so it is required here before any
 * request), or back to "not screened" — which reinstates a disqualified entry.
 * `current` is unknown when the entry was opened from outside the list page.
 */
export function ScreeningDecisionForm({
  contestId,
  entryId,
  current,
}: {
  contestId: string
  entryId: string
  current: string | undefined
}) {
  const { t } = useI18n()
  const screen = useScreenEntry(contestId)
  const [reason, setReason] = useState('')
  const [reasonError, setReasonError] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  const [saved, setSaved] = useState<ScreeningState | null>(null)
  const state = (screen.data?.id === entryId ? screen.data.screening : current) as ScreeningState | undefined

  const decide = (decision: ScreeningState) => {
    setSaved(null)
    setAttempt((n) => n + 1)
    const trimmed = reason.trim()
    if (decision === 'disqualified' && !trimmed) {
      setReasonError(t('screening.decision.reasonRequired'))
      return
    }
    setReasonError(null)
    screen.mutate(
      { entryId, decision: decision === 'disqualified' ? { decision, reason: trimmed } : { decision } },
      {
        onSuccess: () => {
          setSaved(decision)
          if (decision === 'disqualified') setReason('')
        },
      },
    )
  }
  const disqualify = (event: FormEvent) => {
    event.preventDefault()
    decide('disqualified')
  }

  const serverReasonError = fieldErrorsOf(screen.error, t).reason
  const shownReasonError = reasonError ?? (screen.isError ? serverReasonError : undefined)
  const otherFailure = screen.isError && !serverReasonError ? errorMessage(screen.error, t) : null
  const invalid = screen.error instanceof ApiError && screen.error.status === 422

  return (
    <section aria-labelledby="screening-decision-title" className="screening-decision">
      <h3 id="screening-decision-title">{t('screening.decision.title')}</h3>
      {(shownReasonError || otherFailure) && (
        <ErrorSummary
          key={attempt}
          title={t('screening.decision.failed')}
          detail={otherFailure ?? (invalid && !reasonError ? errorMessage(screen.error, t) : undefined)}
          items={shownReasonError ? [{ message: shownReasonError, fieldId: 'screening-reason' }] : []}
        />
      )}
      {saved && <StatusMessage>{t(SAVED[saved])}</StatusMessage>}
      <div className="actions">
        {state !== 'eligible' && (
          <Button variant="secondary" busy={screen.isPending} onClick={() => decide('eligible')}>
            {t('screening.decision.eligible')}
          </Button>
        )}
        {state !== undefined && state !== 'pending' && (
          <Button variant="secondary" busy={screen.isPending} onClick={() => decide('pending')}>
            {t(state === 'disqualified' ? 'screening.decision.reinstate' : 'screening.decision.undo')}
          </Button>
        )}
      </div>
      {state !== 'disqualified' && (
        <form onSubmit={disqualify} noValidate>
          <div className="field">
            <label htmlFor="screening-reason">
              {t('screening.decision.reason')}
              <RequiredMark />
            </label>
            <p id="screening-reason-hint" className="field-hint">
              {t('screening.decision.reasonHint')}
            </p>
            <textarea
              id="screening-reason"
              name="reason"
              rows={3}
              maxLength={1000}
              required
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              aria-invalid={shownReasonError ? true : undefined}
              aria-describedby={['screening-reason-hint', shownReasonError ? 'screening-reason-error' : null]
                .filter(Boolean)
                .join(' ')}
            />
            {shownReasonError && <FieldError id="screening-reason-error">{shownReasonError}</FieldError>}
          </div>
          <Button type="submit" busy={screen.isPending}>
            {t('screening.decision.disqualify')}
          </Button>
        </form>
      )}
    </section>
  )
}
