import { useState, type FormEvent } from 'react'
import { Button } from '../../../components/ui/button'
import { FieldError, RequiredMark } from '../../../components/ui/field'
import type { PairwiseSkip } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'

const MAX_NOTE = 1000

/**
 * Skipping the current entry of a pairwise final: the team is absent, or
 * the judge has a conflict of interest (with a note, seen only by the
 * organizers). Folded away behind a button until needed.
 */
export function SkipForm({ onSkip, busy }: { onSkip: (skip: PairwiseSkip) => void; busy: boolean }) {
  const { t } = useI18n()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState<PairwiseSkip['reason']>('absent')
  const [note, setNote] = useState('')
  const [noteError, setNoteError] = useState<string | null>(null)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (reason === 'conflict' && !note.trim()) {
      setNoteError(t('judging.declaration.reasonRequired'))
      document.getElementById('skip-note')?.focus()
      return
    }
    setNoteError(null)
    onSkip(reason === 'conflict' ? { reason, note: note.trim() } : { reason })
  }

  return (
    <div className="skip">
      <button
        type="button"
        className="button button-secondary"
        aria-expanded={open}
        aria-controls="skip-form"
        onClick={() => setOpen(!open)}
      >
        {t('judging.pairwise.skip')}
      </button>
      <form id="skip-form" hidden={!open} onSubmit={submit} noValidate className="panel">
        <fieldset className="field choice-group">
          <legend>{t('judging.pairwise.skipWhy')}</legend>
          <div className="checkbox">
            <input
              type="radio"
              id="skip-absent"
              name="skip-reason"
              checked={reason === 'absent'}
              onChange={() => setReason('absent')}
            />
            <label htmlFor="skip-absent">{t('judging.pairwise.skipAbsent')}</label>
          </div>
          <div className="checkbox">
            <input
              type="radio"
              id="skip-conflict"
              name="skip-reason"
              checked={reason === 'conflict'}
              onChange={() => setReason('conflict')}
            />
            <label htmlFor="skip-conflict">{t('judging.pairwise.skipConflict')}</label>
          </div>
        </fieldset>
        {reason === 'conflict' && (
          <div className="field">
            <label htmlFor="skip-note">
              {t('judging.declaration.reason')}
              <RequiredMark />
            </label>
            <p id="skip-note-hint" className="field-hint">
              {t('judging.declaration.reasonHint', { max: MAX_NOTE })}
            </p>
            <textarea
              id="skip-note"
              rows={3}
              maxLength={MAX_NOTE}
              required
              value={note}
              onChange={(event) => setNote(event.target.value)}
              aria-invalid={noteError ? true : undefined}
              aria-describedby={['skip-note-hint', noteError ? 'skip-note-error' : ''].filter(Boolean).join(' ')}
            />
            {noteError && <FieldError id="skip-note-error">{noteError}</FieldError>}
          </div>
        )}
        <Button type="submit" variant="secondary" busy={busy}>
          {t('judging.pairwise.skipSubmit')}
        </Button>
      </form>
    </div>
  )
}
