import { useState, type FormEvent } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { Field } from '../../../components/ui/field'
import { ApiError } from '../../../lib/api-client'
import type { StageView } from '../../../lib/api/types'
import { timeZoneName } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { snapshot, useUnsavedChanges } from '../../../lib/use-unsaved-changes'
import { getStage, useCreateStage, useUpdateStage } from '../api/stages'
import { fieldIdOf, type DraftProblem } from '../utils/draft-checks'
import { fieldLabel } from '../utils/field-labels'
import { serverFieldErrors } from '../utils/server-errors'
import {
  MAX_JUDGES_PER_ENTRY,
  buildStageDocument,
  isFrozen,
  newStageDraft,
  scoringRulesChanged,
  stageDraft,
  type StageDraft,
} from '../utils/stage-draft'
import { Checkbox, RadioGroup, TextArea } from './controls'
import { RecipeBuilder } from './recipe-builder'
import { NumberField, RubricBuilder } from './rubric-builder'

interface StageEditorProps {
  contestId: string
  timeZone: string
  /** The stage to edit; none to create one (it goes after the contest's last). */
  stage?: StageView
  /** Where a new stage goes (1 for the first), to say which entries it judges. */
  position: number
  onSaved: (stage: StageView) => void
  onCancel: () => void
}

interface Base {
  version: number
  frozen: boolean
  draft: StageDraft
}

const baseOf = (stage: StageView, timeZone: string): Base => ({
  version: stage.version,
  frozen: isFrozen(stage),
  draft: stageDraft(stage, timeZone),
})

/**
 * Creating a stage or replacing its settings: name, mode, scoring window in
 * the contest's time zone, blindness, assignment, rubric and recipe. Problems
 * are shown beside their fields and in a summary; a version conflict keeps
 * what was typed and offers the saved version.
 */
export function StageEditor({ contestId, timeZone, stage, position, onSaved, onCancel }: StageEditorProps) {
  const { t, language } = useI18n()
  const [draft, setDraft] = useState<StageDraft>(() => (stage ? stageDraft(stage, timeZone) : newStageDraft()))
  const [base, setBase] = useState<Base | undefined>(() => (stage ? baseOf(stage, timeZone) : undefined))
  // A new stage's form as it opened, to compare with (an existing stage's is its base).
  const [blank] = useState(() => draft)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [attempt, setAttempt] = useState(0)
  const [failure, setFailure] = useState<unknown>(null)
  const [newer, setNewer] = useState<StageView | null>(null)
  // The zone's name for the hint (summer and winter names differ): as of when the form opened.
  const [openedAt] = useState(() => new Date())
  const create = useCreateStage(contestId)
  const update = useUpdateStage(stage?.id ?? '')
  const saving = create.isPending || update.isPending

  const closed = stage?.state === 'closed'
  // Unsaved: the form differs from the stage as read (or as reloaded after a conflict); row ids aside.
  const dirty = !closed && snapshot(draft, ['uid']) !== snapshot(base?.draft ?? blank, ['uid'])
  const { prompt, markSaved } = useUnsavedChanges(dirty)
  const frozen = base?.frozen === true
  const rubricMode = draft.mode === 'rubric'
  const set = (patch: Partial<StageDraft>) => setDraft((d) => ({ ...d, ...patch }))

  const showProblems = (found: Record<string, string>) => {
    setErrors(found)
    setAttempt((n) => n + 1)
  }
  /** The first problem of each field, in the order of the form. */
  const translated = (problems: DraftProblem[]) => {
    const found: Record<string, string> = {}
    for (const p of problems) found[p.field] ??= t(p.message, p.vars)
    return found
  }

  async function failed(error: unknown) {
    if (error instanceof ApiError && error.code === 'version_conflict' && stage) {
      try {
        setNewer(await getStage(stage.id))
        setFailure(error)
      } catch (reloadError) {
        setFailure(reloadError)
      }
      return
    }
    const fields = serverFieldErrors(error, t)
    if (Object.keys(fields).length > 0) showProblems(fields)
    else setFailure(error)
  }

  function submit(event: FormEvent) {
    event.preventDefault()
    if (saving || closed) return
    setFailure(null)
    setNewer(null)
    const result = buildStageDocument(draft, { timeZone, saved: base })
    if (!result.ok) {
      showProblems(translated(result.problems))
      return
    }
    setErrors({})
    const mutation = stage ? update : create
    mutation.mutate(result.document, {
      onSuccess: (saved) => {
        // onSaved goes back to the list at once: what was typed is saved, so it must not ask.
        markSaved()
        onSaved(saved)
      },
      onError: (error) => void failed(error),
    })
  }

  const summary = Object.entries(errors).map(([field, message]) => {
    const label = fieldLabel(field, t)
    return { message: label ? `${label}: ${message}` : message, fieldId: fieldIdOf(field) }
  })
  const code = failure instanceof ApiError ? failure.code : undefined
  const zone = `${timeZoneName(openedAt, timeZone, language)} (${timeZone})`
  const reopening = frozen && base !== undefined && scoringRulesChanged(draft, base.draft)

  return (
    <form className="stage-editor" noValidate onSubmit={submit}>
      {closed && (
        <div className="notice">
          <p>{t('judgingSetup.editor.closed')}</p>
        </div>
      )}
      {frozen && !closed && (
        <div className="notice" id="stage-frozen-note">
          <p className="notice-title">{t('judgingSetup.frozen.title')}</p>
          <ul>
            <li>{t('judgingSetup.frozen.modeBlind')}</li>
            <li>{t('judgingSetup.frozen.rubric')}</li>
            <li>{t('judgingSetup.frozen.recipe')}</li>
          </ul>
        </div>
      )}
      {summary.length > 0 && <ErrorSummary key={attempt} title={t('form.errorSummary')} items={summary} />}
      {code === 'version_conflict' ? (
        <div role="alert" className="notice notice-error">
          <p className="notice-title">{t('judgingSetup.conflict.title')}</p>
          <p>{t('judgingSetup.conflict.body')}</p>
          {newer && (
            <div className="actions">
              <Button
                variant="secondary"
                onClick={() => {
                  setDraft(stageDraft(newer, timeZone))
                  setBase(baseOf(newer, timeZone))
                  setFailure(null)
                  setErrors({})
                }}
              >
                {t('judgingSetup.conflict.load')}
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  setBase(baseOf(newer, timeZone))
                  setFailure(null)
                }}
              >
                {t('judgingSetup.conflict.keep')}
              </Button>
            </div>
          )}
        </div>
      ) : failure !== null ? (
        <ErrorAlert>
          <p>{errorMessage(failure, t)}</p>
          {code === 'stage_frozen' && <p>{t('judgingSetup.frozen.refused')}</p>}
        </ErrorAlert>
      ) : null}

      <fieldset disabled={closed}>
        <section className="setup-section" aria-labelledby="stage-basics-title">
          <h3 id="stage-basics-title">{t('judgingSetup.editor.basics')}</h3>
          <div className="setup-grid">
            <Field id={fieldIdOf('name.ko')} label={t('judgingSetup.stage.nameKo')} hint={t('judgingSetup.stage.nameHint')} required value={draft.nameKo} error={errors['name.ko']} onChange={(e) => set({ nameKo: e.target.value })} />
            <Field id={fieldIdOf('name.en')} label={t('judgingSetup.stage.nameEn')} value={draft.nameEn} error={errors['name.en']} onChange={(e) => set({ nameEn: e.target.value })} />
          </div>
          <RadioGroup
            id={fieldIdOf('mode')}
            legend={t('judgingSetup.stage.mode')}
            value={draft.mode}
            disabled={frozen}
            error={errors.mode}
            hint={frozen ? t('judgingSetup.frozen.fixed') : undefined}
            onChange={(mode) => set({ mode })}
            options={[
              { value: 'rubric', label: t('judgingSetup.mode.rubric'), hint: t('judgingSetup.mode.rubricHint') },
              { value: 'pairwise', label: t('judgingSetup.mode.pairwise'), hint: t('judgingSetup.mode.pairwiseHint') },
            ]}
          />
          <div className="setup-grid">
            <Field id={fieldIdOf('opens_at')} type="datetime-local" step={1} label={t('judgingSetup.stage.opensAt')} hint={t('judgingSetup.stage.zoneHint', { zone })} required value={draft.opensAt} error={errors.opens_at} onChange={(e) => set({ opensAt: e.target.value })} />
            <Field id={fieldIdOf('closes_at')} type="datetime-local" step={1} label={t('judgingSetup.stage.closesAt')} hint={t('judgingSetup.stage.zoneHint', { zone })} required value={draft.closesAt} error={errors.closes_at} onChange={(e) => set({ closesAt: e.target.value })} />
          </div>
          <Checkbox
            id={fieldIdOf('blind')}
            label={t('judgingSetup.stage.blind')}
            hint={t(frozen ? 'judgingSetup.frozen.fixed' : 'judgingSetup.stage.blindHint')}
            checked={draft.blind}
            disabled={frozen}
            onChange={(blind) => set({ blind })}
          />
          <h4>{t('judgingSetup.entries.title')}</h4>
          <p>{t((stage?.position ?? position) === 1 ? 'judgingSetup.entries.first' : 'judgingSetup.entries.advanced')}</p>
        </section>

        {rubricMode && (
          <section className="setup-section" aria-labelledby="assignment-title">
            <h3 id="assignment-title">{t('judgingSetup.assignment.title')}</h3>
            <RadioGroup
              id={fieldIdOf('assignment.mode')}
              legend={t('judgingSetup.assignment.legend')}
              value={draft.assignment}
              error={errors.assignment}
              onChange={(assignment) => set({ assignment })}
              options={[
                { value: 'everyone', label: t('judgingSetup.assignment.everyone') },
                { value: 'per_entry', label: t('judgingSetup.assignment.per_entry'), hint: t('judgingSetup.assignment.perEntryHint') },
              ]}
            />
            {draft.assignment === 'per_entry' && (
              <NumberField
                id={fieldIdOf('assignment.k')}
                label={t('judgingSetup.assignment.k')}
                value={draft.judgesPerEntry}
                required
                error={errors['assignment.k']}
                onChange={(judgesPerEntry) => set({ judgesPerEntry })}
              />
            )}
            <p className="field-hint">{t('judgingSetup.assignment.planLater', { max: MAX_JUDGES_PER_ENTRY })}</p>
          </section>
        )}

        {rubricMode && <RubricBuilder rubric={draft.rubric} errors={errors} onChange={(rubric) => set({ rubric })} />}
        <RecipeBuilder
          recipe={draft.recipe}
          errors={errors}
          criteria={rubricMode ? draft.rubric.criteria.map((c) => ({ key: c.key.trim(), label: c.labelKo.trim() })) : null}
          onChange={(recipe) => set({ recipe })}
        />

        {frozen && !closed && (
          <TextArea
            id={fieldIdOf('reopen_reason')}
            label={t('judgingSetup.stage.reopenReason')}
            hint={t(reopening ? 'judgingSetup.stage.reopenReasonNeeded' : 'judgingSetup.stage.reopenReasonHint')}
            required={reopening}
            value={draft.reopenReason}
            error={errors.reopen_reason}
            onChange={(e) => set({ reopenReason: e.target.value })}
          />
        )}
      </fieldset>

      <div className="actions">
        {!closed && (
          <Button type="submit" busy={saving}>
            {t(stage ? 'judgingSetup.editor.save' : 'judgingSetup.editor.create')}
          </Button>
        )}
        <Button variant="secondary" onClick={onCancel}>
          {t(closed ? 'judgingSetup.editor.back' : 'judgingSetup.editor.cancel')}
        </Button>
      </div>
      <p role="status" className="save-status">
        {saving ? t('judgingSetup.editor.saving') : ''}
      </p>
      {prompt}
    </form>
  )
}
