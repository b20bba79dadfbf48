import { useState, type FormEvent } from 'react'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { Field, FieldError } from '../../../components/ui/field'
import type { AssignmentView } from '../../../lib/api/types'
import { ApiError } from '../../../lib/api-client'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { useAssignByHand, useRemoveAssignment } from '../api/assignments'
import { serverFieldErrors } from '../utils/server-errors'
import { TextArea } from './controls'

const MAX_REASON = 1000

/** Assigns one entry to one active judge by hand (or restores a removed assignment). */
export function ManualAssignmentForm({ stageId, judges }: { stageId: string; judges: { id: string; name: string }[] }) {
  const { t } = useI18n()
  const assign = useAssignByHand(stageId)
  const [judgeId, setJudgeId] = useState('')
  const [entryId, setEntryId] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [done, setDone] = useState(false)

  function submit(event: FormEvent) {
    event.preventDefault()
    if (assign.isPending) return
    setDone(false)
    const found: Record<string, string> = {}
    if (!judgeId) found.judge_id = t('judgingSetup.manual.judgeRequired')
    if (!entryId.trim()) found.entry_id = t('judgingSetup.manual.entryRequired')
    setErrors(found)
    if (Object.keys(found).length > 0) return
    assign.reset()
    assign.mutate(
      { judgeId, entryId: entryId.trim() },
      {
        onSuccess: () => {
          setDone(true)
          setEntryId('')
        },
        onError: (error) => setErrors(serverFieldErrors(error, t)),
      },
    )
  }

  const failure = assign.error instanceof ApiError && assign.error.status === 422 ? null : assign.error
  return (
    <form className="setup-subsection" noValidate onSubmit={submit} aria-labelledby="manual-title">
      <h3 id="manual-title">{t('judgingSetup.manual.title')}</h3>
      <p className="field-hint">{t('judgingSetup.manual.lead')}</p>
      {failure && (
        <ErrorAlert>
          <p>{errorMessage(failure, t)}</p>
        </ErrorAlert>
      )}
      {done && (
        <StatusMessage>
          <p>{t('judgingSetup.manual.done')}</p>
        </StatusMessage>
      )}
      <div className="setup-grid">
        <div className="field">
          <label htmlFor="manual-judge">{t('judgingSetup.panel.judge')}</label>
          <select
            id="manual-judge"
            value={judgeId}
            aria-invalid={errors.judge_id ? true : undefined}
            aria-describedby={errors.judge_id ? 'manual-judge-error' : undefined}
            onChange={(e) => setJudgeId(e.target.value)}
          >
            <option value="">{t('judgingSetup.manual.chooseJudge')}</option>
            {judges.map((j) => (
              <option key={j.id} value={j.id}>
                {j.name}
              </option>
            ))}
          </select>
          {errors.judge_id && <FieldError id="manual-judge-error">{errors.judge_id}</FieldError>}
        </div>
        <Field
          id="manual-entry"
          label={t('judgingSetup.manual.entry')}
          hint={t('judgingSetup.manual.entryHint')}
          value={entryId}
          autoComplete="off"
          spellCheck={false}
          error={errors.entry_id}
          onChange={(e) => setEntryId(e.target.value)}
        />
      </div>
      <Button type="submit" variant="secondary" busy={assign.isPending}>
        {t('judgingSetup.manual.submit')}
      </Button>
    </form>
  )
}

/** Ends one assignment, with the reason kept in the audit trail. */
export function RemoveAssignmentForm({
  stageId,
  assignment,
  entryName,
  judgeName,
  onDone,
}: {
  stageId: string
  assignment: AssignmentView
  entryName: string
  judgeName: string
  onDone: () => void
}) {
  const { t } = useI18n()
  const remove = useRemoveAssignment(stageId)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | undefined>()

  function submit(event: FormEvent) {
    event.preventDefault()
    if (remove.isPending) return
    const text = reason.trim()
    const problem = text === '' ? t('judgingSetup.removal.reasonRequired') : text.length > MAX_REASON ? t('judgingSetup.error.tooLong', { max: MAX_REASON }) : undefined
    setError(problem)
    if (problem) return
    remove.mutate({ assignmentId: assignment.id, reason: text }, { onSuccess: onDone, onError: (e) => setError(serverFieldErrors(e, t).reason) })
  }

  return (
    <form className="setup-confirm" noValidate onSubmit={submit} aria-labelledby="removal-title">
      <p id="removal-title" className="notice-title">
        {t('judgingSetup.removal.title', { entry: entryName, judge: judgeName })}
      </p>
      <p>{t('judgingSetup.removal.effect')}</p>
      {remove.isError && !error && (
        <ErrorAlert>
          <p>{errorMessage(remove.error, t)}</p>
        </ErrorAlert>
      )}
      <TextArea
        id="removal-reason"
        label={t('judgingSetup.removal.reason')}
        required
        autoFocus
        value={reason}
        error={error}
        onChange={(e) => setReason(e.target.value)}
      />
      <div className="actions">
        <Button type="submit" busy={remove.isPending}>
          {t('judgingSetup.removal.submit')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('judgingSetup.cancel')}
        </Button>
      </div>
    </form>
  )
}
