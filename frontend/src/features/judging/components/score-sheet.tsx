import { useEffect, useRef, useState } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { FieldError, RequiredMark } from '../../../components/ui/field'
import { ApiError } from '../../../lib/api-client'
import type { ScoreView, StageView } from '../../../lib/api/types'
import { useI18n, type Translate } from '../../../lib/i18n'
import { errorMessage, fieldErrorMessage } from '../../../lib/problem-messages'
import { saveScore } from '../api/judging'
import { hasCommandKey, isTyping, useKeydown } from '../hooks/use-keydown'
import { formatPoints, maxTotal, parseScore, scaleOf, weightedTotal, type ScoreProblem, type Scale } from '../utils/rubric'
import { criterionInputId } from '../utils/labels'
import { CriterionInput } from './criterion-input'

const MAX_COMMENT = 5000
const COMMENT_ID = 'score-comment'

interface ScoreSheetProps {
  stage: StageView
  assignmentId: string
  /** The judge's score as last read (null: none yet). */
  score: ScoreView | null
  onSaved: (score: ScoreView) => void
  /** Reads the score on the server again (after a version conflict). */
  onReload: () => Promise<ScoreView | null>
  /** Gives the page a way to save unsaved changes before it moves to another entry. */
  registerFlush: (flush: () => Promise<boolean>) => void
}

interface Sheet {
  values: Record<string, string>
  comment: string
}

type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; submitted: boolean }
  | { kind: 'invalid'; attempt: number }
  | { kind: 'error'; error: unknown }

const sheetOf = (score: ScoreView | null): Sheet => ({
  values: Object.fromEntries(Object.entries(score?.values ?? {}).map(([key, value]) => [key, String(value)])),
  comment: score?.comment ?? '',
})

const without = (errors: Record<string, string>, key: string) =>
  Object.fromEntries(Object.entries(errors).filter(([k]) => k !== key))

const sameSheet = (a: Sheet, b: Sheet, keys: string[]) =>
  a.comment.trim() === b.comment.trim() && keys.every((k) => (a.values[k] ?? '').trim() === (b.values[k] ?? '').trim())

function problemMessage(problem: ScoreProblem, scale: Scale, t: Translate, language: string): string {
  const points = (value: number) => formatPoints(value, language)
  switch (problem) {
    case 'not_a_number':
      return t('fieldError.not_a_number')
    case 'below_min':
      return t('fieldError.number_min', { min: points(scale.min) })
    case 'above_max':
      return t('fieldError.number_max', { max: points(scale.max) })
    case 'off_step':
      return t('judging.score.offStep', { step: points(scale.step), min: points(scale.min) })
  }
}

/**
 * The rubric: one score per criterion, the weighted total as it is typed,
 * the comment, and save (draft) / submit. Keyboard: Ctrl/⌘+S saves,
 * Ctrl/⌘+Enter submits, and a digit typed outside a field starts typing
 * into the criterion last worked on. A submitted score can still change
 * while the window is open; saving it keeps it submitted.
 */
export function ScoreSheet({ stage, assignmentId, score, onSaved, onReload, registerFlush }: ScoreSheetProps) {
  const { language, t, text } = useI18n()
  const rubric = stage.rubric
  const keys = rubric.criteria.map((c) => c.key)
  const [sheet, setSheet] = useState<Sheet>(() => sheetOf(score))
  const [saved, setSaved] = useState<Sheet>(() => sheetOf(score))
  const [version, setVersion] = useState(score?.version ?? null)
  const [status, setStatus] = useState(score?.status ?? null)
  const [save, setSave] = useState<SaveState>({ kind: 'idle' })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [conflict, setConflict] = useState(false)
  const [closed, setClosed] = useState(stage.state !== 'scoring')
  const lastCriterion = useRef(keys[0])
  const saving = useRef(false)

  const dirty = !sameSheet(sheet, saved, keys)
  const parsed = Object.fromEntries(
    rubric.criteria.map((c) => [c.key, parseScore(sheet.values[c.key] ?? '', scaleOf(c))] as const),
  )
  const total = weightedTotal(
    rubric,
    Object.fromEntries(Object.entries(parsed).map(([k, p]) => [k, p.problem ? null : p.value])),
  )
  const submitted = status === 'submitted'

  /** Problems the server would refuse, found before sending. */
  function check(submit: boolean): Record<string, string> {
    const found: Record<string, string> = {}
    for (const criterion of rubric.criteria) {
      const { value, problem } = parsed[criterion.key]
      if (problem) found[criterion.key] = problemMessage(problem, scaleOf(criterion), t, language)
      else if (submit && value === null) found[criterion.key] = t('fieldError.required')
    }
    if (sheet.comment.trim().length > MAX_COMMENT) found.comment = t('fieldError.too_long_max', { max: MAX_COMMENT })
    else if (submit && rubric.comment_required && !sheet.comment.trim()) found.comment = t('fieldError.required')
    return found
  }

  /** Saves (submit: every criterion required). Resolves whether it was saved. */
  async function store(submit: boolean): Promise<boolean> {
    if (saving.current || closed || conflict) return false
    const found = check(submit)
    setErrors(found)
    if (Object.keys(found).length > 0) {
      setSave((s) => ({ kind: 'invalid', attempt: s.kind === 'invalid' ? s.attempt + 1 : 1 }))
      return false
    }
    saving.current = true
    setSave({ kind: 'saving' })
    const sent: Sheet = { values: { ...sheet.values }, comment: sheet.comment }
    const values = Object.fromEntries(
      Object.entries(parsed).flatMap(([k, p]) => (p.value === null ? [] : [[k, p.value] as const])),
    )
    try {
      const result = await saveScore(assignmentId, {
        values,
        comment: sheet.comment.trim() || null,
        submit,
        version: version ?? undefined,
      })
      setSaved(sent)
      setVersion(result.version)
      setStatus(result.status)
      setSave({ kind: 'saved', at: new Date(result.updated_at), submitted: result.status === 'submitted' })
      onSaved(result)
      return true
    } catch (error) {
      if (error instanceof ApiError && error.code === 'version_conflict') setConflict(true)
      else if (error instanceof ApiError && error.code === 'scoring_closed') setClosed(true)
      const fields = serverFieldErrors(error)
      if (Object.keys(fields).length > 0) {
        setErrors(fields)
        setSave((s) => ({ kind: 'invalid', attempt: s.kind === 'invalid' ? s.attempt + 1 : 1 }))
      } else {
        setSave({ kind: 'error', error })
      }
      return false
    } finally {
      saving.current = false
    }
  }

  function serverFieldErrors(error: unknown): Record<string, string> {
    if (!(error instanceof ApiError)) return {}
    return Object.fromEntries(
      (error.problem.errors ?? []).map((e) => [e.field.replace(/^scores\./, ''), fieldErrorMessage(e, t)]),
    )
  }

  // Moving to another entry saves first: as a draft, or keeping a submitted score submitted.
  useEffect(() => {
    registerFlush(async () => (!dirty || closed ? true : store(submitted)))
  })

  const reload = async () => {
    const fresh = await onReload()
    setSheet(sheetOf(fresh))
    setSaved(sheetOf(fresh))
    setVersion(fresh?.version ?? null)
    setStatus(fresh?.status ?? null)
    setErrors({})
    setConflict(false)
    setSave({ kind: 'idle' })
  }

  const setValue = (key: string, value: string) => {
    lastCriterion.current = key
    setSheet((s) => ({ ...s, values: { ...s.values, [key]: value } }))
    setErrors((current) => without(current, key))
  }

  const focusAfter = (key: string) => {
    const next = keys[keys.indexOf(key) + 1]
    document.getElementById(next ? criterionInputId(next) : COMMENT_ID)?.focus()
  }

  useKeydown((event) => {
    if (hasCommandKey(event) && (event.key === 's' || event.key === 'S')) {
      event.preventDefault()
      void store(submitted)
    } else if (hasCommandKey(event) && event.key === 'Enter') {
      event.preventDefault()
      void store(true)
    } else if (/^[0-9]$/.test(event.key) && !event.altKey && !hasCommandKey(event) && !isTyping(event.target) && !closed) {
      // A digit typed outside any field starts the score of the criterion last worked on.
      const key = keys.includes(lastCriterion.current) ? lastCriterion.current : keys[0]
      event.preventDefault()
      setValue(key, event.key)
      document.getElementById(criterionInputId(key))?.focus()
    }
  })

  const readOnly = closed || conflict
  const summary = Object.entries(errors).map(([key, message]) => {
    const criterion = rubric.criteria.find((c) => c.key === key)
    const label = criterion ? text(criterion.label) : t('judging.score.comment')
    return { message: `${label}: ${message}`, fieldId: criterion ? criterionInputId(key) : COMMENT_ID }
  })

  return (
    <section className="score-sheet" aria-labelledby="score-sheet-title">
      <h2 id="score-sheet-title">{t('judging.score.title')}</h2>
      <p className="score-state">
        {t('judging.score.state')}{' '}
        <strong>{t(submitted ? 'judging.scoreStatus.submitted' : status === 'draft' ? 'judging.scoreStatus.draft' : 'judging.scoreStatus.none')}</strong>
      </p>
      {closed && (
        <ErrorAlert>
          <p>{t(stage.state === 'upcoming' ? 'judging.score.notOpenYet' : 'judging.score.closed')}</p>
        </ErrorAlert>
      )}
      {conflict && (
        <div role="alert" className="notice notice-error">
          <p className="notice-title">{t('judging.score.conflictTitle')}</p>
          <p>{t('judging.score.conflictBody')}</p>
          <Button variant="secondary" onClick={() => void reload()}>
            {t('entry.reload')}
          </Button>
        </div>
      )}
      {save.kind === 'invalid' && (
        <ErrorSummary key={save.attempt} title={t('form.errorSummary')} items={summary} />
      )}
      {save.kind === 'error' && !conflict && !closed && (
        <ErrorAlert>
          <p>{errorMessage(save.error, t)}</p>
        </ErrorAlert>
      )}
      <form
        className="score-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          void store(true)
        }}
      >
        {rubric.criteria.map((criterion) => (
          <CriterionInput
            key={criterion.key}
            criterion={criterion}
            value={sheet.values[criterion.key] ?? ''}
            error={errors[criterion.key]}
            readOnly={readOnly}
            onChange={(value) => setValue(criterion.key, value)}
            onEnter={() => focusAfter(criterion.key)}
          />
        ))}
        <p className="score-total">
          <span id="score-total-label">{t('judging.score.total')}</span>{' '}
          <output aria-labelledby="score-total-label" className="score-total-value">
            {t('judging.score.totalValue', {
              total: formatPoints(total, language),
              max: formatPoints(maxTotal(rubric), language),
            })}
          </output>
        </p>
        <div className="field">
          <label htmlFor={COMMENT_ID}>
            {t('judging.score.comment')}
            {rubric.comment_required && <RequiredMark />}
          </label>
          <p id={`${COMMENT_ID}-hint`} className="field-hint">
            {t(rubric.comment_required ? 'judging.score.commentRequired' : 'judging.score.commentOptional', {
              max: MAX_COMMENT,
            })}
          </p>
          <textarea
            id={COMMENT_ID}
            rows={4}
            value={sheet.comment}
            readOnly={readOnly}
            onChange={(event) => {
              setSheet((s) => ({ ...s, comment: event.target.value }))
              setErrors((current) => without(current, 'comment'))
            }}
            aria-invalid={errors.comment ? true : undefined}
            aria-describedby={[`${COMMENT_ID}-hint`, errors.comment ? `${COMMENT_ID}-error` : ''].filter(Boolean).join(' ')}
          />
          {errors.comment && <FieldError id={`${COMMENT_ID}-error`}>{errors.comment}</FieldError>}
        </div>
        {!readOnly && (
          <div className="actions">
            {!submitted && (
              <Button variant="secondary" busy={save.kind === 'saving'} onClick={() => void store(false)}>
                {t('judging.score.saveDraft')}
              </Button>
            )}
            <Button type="submit" busy={save.kind === 'saving'}>
              {t(submitted ? 'judging.score.resubmit' : 'judging.score.submit')}
            </Button>
          </div>
        )}
      </form>
      <SaveStatus save={save} dirty={dirty} />
    </section>
  )
}

/** Where the score is: saving, saved (as draft or submitted), or changed since. Announced politely. */
function SaveStatus({ save, dirty }: { save: SaveState; dirty: boolean }) {
  const { language, t } = useI18n()
  const time = (at: Date) => new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(at)
  const message =
    save.kind === 'saving'
      ? t('autosave.saving')
      : dirty
        ? t('autosave.unsaved')
        : save.kind === 'saved'
          ? t(save.submitted ? 'judging.score.submittedAt' : 'judging.score.savedAt', { time: time(save.at) })
          : ''
  return (
    <p role="status" className={`save-status${dirty ? ' save-status-unsaved' : ''}`}>
      {message}
    </p>
  )
}
