import { useState } from 'react'
import { StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { ApiError } from '../../../lib/api-client'
import type { ContestView } from '../../../lib/api/types'
import { formatDateTimeInZone } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useExtendDeadline } from '../api/contests'
import { documentErrors, inputExists, inputId, summaryItems } from '../utils/field-errors'
import { utcToZonedInput, zonedInputToUtc } from '../../../lib/zoned-time'
import { ZonedTimeField } from './editor/schedule-section'
import { TextAreaField } from './inputs'
import { DocumentErrorsContext } from '../hooks/document-errors'

interface DeadlineExtensionProps {
  contest: ContestView
  onChange: (contest: ContestView) => void
}

/** After publication the deadline only moves later, with a reason kept in the audit trail. */
export function DeadlineExtension({ contest, onChange }: DeadlineExtensionProps) {
  const { t, language } = useI18n()
  const zone = contest.time_zone
  const [closesAt, setClosesAt] = useState(() => utcToZonedInput(contest.closes_at, zone))
  const [reason, setReason] = useState('')
  const [failure, setFailure] = useState<{ attempt: number; errors: Record<string, string>; detail?: string } | null>(null)
  const [attempts, setAttempts] = useState(0)
  const [extended, setExtended] = useState(false)
  const extend = useExtendDeadline(contest.id)

  const submit = () => {
    const attempt = attempts + 1
    setAttempts(attempt)
    setExtended(false)
    const instant = zonedInputToUtc(closesAt, zone)
    const errors: Record<string, string> = {}
    if (!instant) errors['deadline.closes_at'] = t('organize.fieldError.invalid_datetime')
    if (reason.trim() === '') errors['deadline.reason'] = t('organize.deadline.reasonRequired')
    if (!instant || Object.keys(errors).length > 0) {
      setFailure({ attempt, errors })
      return
    }
    extend.mutate(
      { closes_at: instant, reason: reason.trim() },
      {
        onSuccess: (updated) => {
          setFailure(null)
          setReason('')
          setExtended(true)
          onChange(updated)
        },
        onError: (error) =>
          setFailure({
            attempt,
            // The server names `closes_at` and `reason`; the editor below has a `closes_at` of its own.
            errors: Object.fromEntries(Object.entries(documentErrors(error, t)).map(([k, v]) => [`deadline.${k}`, v])),
            detail: error instanceof ApiError && error.status === 422 ? undefined : errorMessage(error, t),
          }),
      },
    )
  }

  const errors = failure?.errors ?? {}
  return (
    <DocumentErrorsContext.Provider value={errors}>
      <section className="panel deadline-extension" aria-labelledby="deadline-title">
        <h2 id="deadline-title">{t('organize.deadline.title')}</h2>
        <p>{t('organize.deadline.current', { time: formatDateTimeInZone(contest.closes_at, zone, language) })}</p>
        <form
          noValidate
          aria-labelledby="deadline-title"
          onSubmit={(event) => {
            event.preventDefault()
            submit()
          }}
        >
          {failure && (
            <ErrorSummary
              key={failure.attempt}
              title={t('form.errorSummary')}
              detail={failure.detail}
              items={summaryItems(errors, inputExists)}
            />
          )}
          <ZonedTimeField
            path="deadline.closes_at"
            label={t('organize.deadline.newDeadline', { zone })}
            value={closesAt}
            timeZone={zone}
            onChange={setClosesAt}
          />
          <TextAreaField
            id={inputId('deadline.reason')}
            label={t('organize.deadline.reason')}
            hint={t('organize.deadline.reasonHint')}
            error={errors['deadline.reason']}
            required
            rows={3}
            value={reason}
            onChange={setReason}
          />
          <Button type="submit" busy={extend.isPending}>
            {t('organize.deadline.submit')}
          </Button>
        </form>
        {extended && (
          <StatusMessage>
            <p>{t('organize.deadline.extended')}</p>
          </StatusMessage>
        )}
      </section>
    </DocumentErrorsContext.Provider>
  )
}
