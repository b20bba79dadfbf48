import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type FormEvent } from 'react'
import { useLocation } from 'react-router'
import { ErrorAlert, StatusMessage } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { ErrorSummary, type SummaryItem } from '../../../components/ui/error-summary'
import { Link } from '../../../components/ui/link'
import { SelectField } from '../../../components/ui/select-field'
import { ApiError } from '../../../lib/api-client'
import type { ContestView, EntryView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { signInPath } from '../../../lib/navigation'
import { errorMessage } from '../../../lib/problem-messages'
import { randomId } from '../../../lib/random-id'
import { EntryTeamChoice } from '../../teams/components/entry-team-choice'
import { entryTeamLock, useEntryTeam } from '../../teams/hooks/use-entry-team'
import { entryKeys, submitEntry } from '../api/entries'
import { useEntryFiles } from '../api/files'
import { useEntryDraft } from '../hooks/use-entry-draft'
import { serverFieldMessages, validate } from '../utils/answers'
import { missingFiles } from '../utils/submission'
import { entryFieldId } from '../utils/field-ids'
import { EntryField } from './entry-field'
import { FileSlotField } from './file-slot-field'
import { Receipt } from './receipt'
import { ConflictNotice, SaveStatusLine } from './save-status'
import { WithdrawControl } from './withdraw-control'

interface EntryEditorProps {
  contest: ContestView
  initialEntry: EntryView | null
  signedIn: boolean
  onCreated: (entry: EntryView) => void
}

interface Failure {
  attempt: number
  detail?: string
  /** Field key (or `category`, `slot:<key>`) → message. */
  fields: Record<string, string>
}

/**
 * The entry form built from the contest's field definitions and file slots,
 * autosaved as a draft; submit gives a receipt, withdraw takes it back.
 */
export function EntryEditor({ contest, initialEntry, signedIn, onCreated }: EntryEditorProps) {
  const { t, text } = useI18n()
  const location = useLocation()
  const queryClient = useQueryClient()
  const team = useEntryTeam(contest, signedIn)
  const draft = useEntryDraft({ contest, initialEntry, signedIn, onCreated, teamId: team.teamId })
  const form = contest.form
  const slots = form.file_slots ?? []
  const files = useEntryFiles(slots.length > 0 ? (draft.entry?.id ?? null) : null)
  const [failure, setFailure] = useState<Failure | null>(null)
  const [submitting, setSubmitting] = useState(false)
  const attempts = useRef(0)
  const entry = draft.entry
  const withdrawn = entry?.status === 'withdrawn'
  const open = contest.state === 'open'
  // A team's entry is its leader's to write; a contest that takes teams only takes no other.
  const editable = open && !withdrawn && entryTeamLock(entry, team, signedIn) === null
  const serverMessages = serverFieldMessages(form, draft.serverErrors, t)
  const fieldMessages = { ...serverMessages, ...failure?.fields }

  const ensureEntry = async () => (await draft.flush())?.id ?? null

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (submitting || !editable) return
    attempts.current += 1
    const attempt = attempts.current
    const problems: Record<string, string> = {}
    for (const [key, problem] of Object.entries(validate(form, draft.values, 'submission'))) {
      problems[key] = t(problem.key, problem.vars)
    }
    if ((contest.categories ?? []).length > 0 && !draft.category) problems.category = t('fieldError.required')
    for (const missing of missingFiles(slots, files.data ?? [])) {
      problems[`slot:${missing.slot.key}`] = t('entry.missingFiles', { slot: text(missing.slot.label), count: missing.needed })
    }
    if (Object.keys(problems).length > 0) {
      setFailure({ attempt, fields: problems })
      return
    }
    setSubmitting(true)
    try {
      const saved = await draft.flush()
      if (!saved) {
        setFailure({ attempt, detail: signedIn ? t('autosave.unsaved') : t('files.signInFirst'), fields: {} })
        return
      }
      draft.setEntry(await submitEntry(saved.id, randomId()))
      setFailure(null)
      void queryClient.invalidateQueries({ queryKey: entryKeys.mine })
    } catch (error) {
      const fields = error instanceof ApiError ? serverFieldMessages(form, error.problem.errors ?? [], t) : {}
      setFailure({ attempt, detail: errorMessage(error, t), fields })
    } finally {
      setSubmitting(false)
    }
  }

  const summaryItems: SummaryItem[] = Object.entries(fieldMessages).map(([key, message]) => {
    if (key === 'category') return { message: `${t('entry.category')}: ${message}`, fieldId: 'entry-category' }
    if (key.startsWith('slot:')) return { message, fieldId: `slot-${key.slice(5)}` }
    const field = form.fields.find((f) => f.key === key)
    return field ? { message: `${text(field.label)}: ${message}`, fieldId: entryFieldId(field) } : { message }
  })

  return (
    <form onSubmit={submit} noValidate className="entry-form">
      {!signedIn && (
        <div className="notice">
          <p>
            {t('entry.signInNotice')}{' '}
            <Link href={signInPath(location.pathname + location.search)}>{t('nav.signIn')}</Link>
          </p>
        </div>
      )}
      {draft.restored && (
        <StatusMessage>
          <p>{t('autosave.restored')}</p>
        </StatusMessage>
      )}
      {draft.status.kind === 'conflict' && <ConflictNotice onReload={() => void draft.reload()} />}
      {failure && (
        <ErrorSummary key={failure.attempt} title={t('form.errorSummary')} detail={failure.detail} items={summaryItems} />
      )}
      {entry?.status === 'submitted' && entry.receipt_number && <Receipt number={entry.receipt_number} editable={editable} />}
      {withdrawn && (
        <div className="notice">
          <p>{t('entry.withdrawn')}</p>
        </div>
      )}
      <EntryTeamChoice contest={contest} entry={entry} team={team} signedIn={signedIn} />
      {!open && !withdrawn && (
        <ErrorAlert>
          <p>{t('entry.closedNotice')}</p>
        </ErrorAlert>
      )}

      {(contest.categories ?? []).length > 0 && (
        <SelectField
          id="entry-category"
          label={t('entry.category')}
          required
          disabled={!editable}
          value={draft.category ?? ''}
          onChange={(e) => draft.setCategory(e.target.value || null)}
          options={[
            { value: '', label: t('entry.chooseCategory') },
            ...contest.categories.map((c) => ({ value: c.key, label: text(c.label) })),
          ]}
        />
      )}

      <section aria-labelledby="entry-fields-title">
        <h2 id="entry-fields-title">{t('entry.fieldsSection')}</h2>
        {form.fields.map((field) => (
          <EntryField
            key={field.key}
            field={field}
            value={draft.values[field.key] ?? null}
            error={fieldMessages[field.key]}
            disabled={!editable}
            onChange={(value) => draft.setValue(field.key, value)}
          />
        ))}
      </section>

      {slots.length > 0 && (
        <section aria-labelledby="entry-files-title">
          <h2 id="entry-files-title">{t('entry.filesSection')}</h2>
          {slots.map((slot) => (
            <FileSlotField
              key={slot.key}
              slot={slot}
              files={(files.data ?? []).filter((f) => f.slot === slot.key)}
              ensureEntry={ensureEntry}
              disabled={!editable || !signedIn}
              error={fieldMessages[`slot:${slot.key}`]}
            />
          ))}
          {!signedIn && <p className="field-hint">{t('files.signInFirst')}</p>}
        </section>
      )}

      <SaveStatusLine status={draft.status} />
      {editable && (
        <div className="actions">
          {entry?.status !== 'submitted' && (
            <Button type="submit" busy={submitting}>
              {submitting ? t('entry.submitting') : t('entry.submit')}
            </Button>
          )}
          <Button variant="secondary" onClick={() => void draft.flush()}>
            {t('entry.saveNow')}
          </Button>
          {entry?.status === 'submitted' && <WithdrawControl entryId={entry.id} onWithdrawn={draft.setEntry} />}
        </div>
      )}
    </form>
  )
}
