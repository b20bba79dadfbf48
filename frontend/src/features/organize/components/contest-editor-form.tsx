import { useMemo, useState } from 'react'
import { StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary } from '../../../components/ui/error-summary'
import { ApiError } from '../../../lib/api-client'
import type { ContestView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { snapshot, useUnsavedChanges } from '../../../lib/use-unsaved-changes'
import { useUpdateContest } from '../api/contests'
import { organizeEn, organizeKo } from '../messages'
import { documentFromDraft, draftFromContest, scheduleProblems, type ContestDraft } from '../utils/contest-draft'
import { documentErrors, inputExists, summaryItems } from '../utils/field-errors'
import { newField, type FieldDraft } from '../utils/form-builder'
import { BasicsSection, DetailsSection, TextsSection } from './editor/about-sections'
import { CategoriesSection } from './editor/categories-section'
import { EligibilitySection } from './editor/eligibility-section'
import { FileSlotsSection } from './editor/file-slots-section'
import { FormFieldsSection } from './editor/form-fields-section'
import { ScheduleSection } from './editor/schedule-section'
import { ConflictNotice } from './conflict-notice'
import { DocumentErrorsContext } from '../hooks/document-errors'

interface ContestEditorFormProps {
  /** The contest as last read from the server: the version the changes are based on. */
  base: ContestView
  /** A newer contest read or answered here (saved, reloaded after a conflict). */
  onBaseChange: (contest: ContestView) => void
  /** Reads the contest again (after someone else saved it). */
  reload: () => Promise<ContestView>
}

type Failure =
  | { kind: 'invalid'; attempt: number; errors: Record<string, string> }
  | { kind: 'conflict'; attempt: number }
  | { kind: 'other'; attempt: number; message: string }

const isGuardianConsent = (field: FieldDraft) => field.type === 'consent' && field.key.startsWith('guardian')

/**
 * Everything `PUT /contests/{id}` takes, in sections, saved at once with
 * the version last read. When someone else saved in between (409), what
 * was typed stays, and the organizer chooses: keep it on top of the new
 * version, or take the new version.
 */
export function ContestEditorForm({ base, onBaseChange: setBase, reload }: ContestEditorFormProps) {
  const { t } = useI18n()
  const [draft, setDraft] = useState<ContestDraft>(() => draftFromContest(base))
  const [failure, setFailure] = useState<Failure | null>(null)
  const [saved, setSaved] = useState(false)
  const [announcement, setAnnouncement] = useState('')
  const [attempts, setAttempts] = useState(0)
  const save = useUpdateContest(base.id)
  // Unsaved: the document the draft would save differs from the one the base (as loaded, saved or
  // reloaded) would, so a change typed and typed back is not one, and a save or "take theirs" ends it.
  const baseDocument = useMemo(() => snapshot(documentFromDraft(draftFromContest(base), base)), [base])
  const dirty = snapshot(documentFromDraft(draft, base)) !== baseDocument
  const { prompt } = useUnsavedChanges(dirty)

  const published = base.published_at != null
  const change = (patch: Partial<ContestDraft>) => {
    setDraft((current) => ({ ...current, ...patch }))
    setSaved(false)
  }

  const submit = () => {
    const attempt = attempts + 1
    setAttempts(attempt)
    setSaved(false)
    const problems = published ? [] : scheduleProblems(draft)
    if (problems.length > 0) {
      const message = t('organize.fieldError.invalid_datetime')
      const errors = Object.fromEntries(problems.map((p) => [p === 'opensAt' ? 'opens_at' : 'closes_at', message]))
      setFailure({ kind: 'invalid', attempt, errors })
      return
    }
    save.mutate(documentFromDraft(draft, base), {
      onSuccess: (contest) => {
        setFailure(null)
        setBase(contest)
        setDraft(draftFromContest(contest))
        setSaved(true)
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'version_conflict') setFailure({ kind: 'conflict', attempt })
        else if (error instanceof ApiError && error.status === 422) {
          setFailure({ kind: 'invalid', attempt, errors: documentErrors(error, t) })
        } else setFailure({ kind: 'other', attempt, message: errorMessage(error, t) })
      },
    })
  }

  const keepMine = async () => {
    const fresh = await reload()
    setBase(fresh)
    setFailure(null)
    setAnnouncement(t('organize.conflict.kept', { version: fresh.version }))
  }

  const takeTheirs = async () => {
    const fresh = await reload()
    setBase(fresh)
    setDraft(draftFromContest(fresh))
    setFailure(null)
    setAnnouncement(t('organize.conflict.taken'))
  }

  const addGuardianConsent = () => {
    const field = newField('consent', draft.fields)
    const key = draft.fields.some((f) => f.key === 'guardian_agrees') ? field.key : 'guardian_agrees'
    const guardian: FieldDraft = {
      ...field,
      key,
      required: true,
      label: { ko: organizeKo['organize.eligibility.guardianLabel'], en: organizeEn['organize.eligibility.guardianLabel'] },
    }
    change({ fields: [...draft.fields, guardian] })
    setAnnouncement(t('organize.eligibility.guardianAdded'))
  }

  const errors = failure?.kind === 'invalid' ? failure.errors : {}
  return (
    <DocumentErrorsContext.Provider value={errors}>
      <form
        className="contest-editor"
        noValidate
        aria-labelledby="contest-editor-title"
        onSubmit={(event) => {
          event.preventDefault()
          submit()
        }}
      >
        <h2 id="contest-editor-title">{t('organize.editor.title')}</h2>
        <p className="field-hint">{t('organize.editor.lead', { version: base.version })}</p>
        {failure?.kind === 'invalid' && (
          <ErrorSummary key={failure.attempt} title={t('form.errorSummary')} items={summaryItems(errors, inputExists)} />
        )}
        {failure?.kind === 'other' && (
          <ErrorSummary key={failure.attempt} title={t('organize.editor.saveFailed')} detail={failure.message} items={[]} />
        )}
        {failure?.kind === 'conflict' && (
          <ConflictNotice key={failure.attempt} onKeepMine={keepMine} onTakeTheirs={takeTheirs} />
        )}
        <BasicsSection draft={draft} onChange={change} slug={base.slug} />
        <TextsSection draft={draft} onChange={change} />
        <DetailsSection draft={draft} onChange={change} />
        <ScheduleSection draft={draft} onChange={change} published={published} />
        <EligibilitySection
          eligibility={draft.eligibility}
          onChange={(eligibility) => change({ eligibility })}
          hasGuardianConsent={draft.fields.some(isGuardianConsent)}
          onAddGuardianConsent={addGuardianConsent}
        />
        <CategoriesSection
          categories={draft.categories}
          onChange={(categories) => change({ categories })}
          announce={setAnnouncement}
        />
        <FormFieldsSection
          fields={draft.fields}
          duplicateCheck={draft.duplicateCheck}
          onChange={(fields, duplicateCheck) => change({ fields, duplicateCheck })}
          announce={setAnnouncement}
        />
        <FileSlotsSection slots={draft.fileSlots} onChange={(fileSlots) => change({ fileSlots })} announce={setAnnouncement} />
        <div className="actions editor-actions">
          <Button type="submit" busy={save.isPending}>
            {save.isPending ? t('organize.editor.saving') : t('organize.editor.save')}
          </Button>
        </div>
        {saved && (
          <StatusMessage>
            <p>{t('organize.editor.saved', { version: base.version })}</p>
          </StatusMessage>
        )}
        <p role="status" aria-live="polite" className="organize-sr-only">
          {announcement}
        </p>
        {prompt}
      </form>
    </DocumentErrorsContext.Provider>
  )
}
