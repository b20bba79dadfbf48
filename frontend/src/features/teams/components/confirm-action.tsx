import { useId, useState } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { useI18n } from '../../../lib/i18n'

interface ConfirmActionProps {
  /** The first button's text, e.g. "Remove". */
  label: string
  /** A longer name for the first button where several sit in a list, e.g. "Remove 이영희". */
  accessibleLabel?: string
  question: string
  confirmLabel: string
  /** Does it; a thrown error is shown with `describeError` and the question stays open. */
  onConfirm: () => Promise<void>
  describeError: (error: unknown) => string
}

/** Something that cannot be undone, in two steps: the button asks, the confirmation does it. */
export function ConfirmAction({ label, accessibleLabel, question, confirmLabel, onConfirm, describeError }: ConfirmActionProps) {
  const { t } = useI18n()
  const questionId = useId()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  if (!asking) {
    return (
      <Button variant="secondary" aria-label={accessibleLabel} onClick={() => setAsking(true)}>
        {label}
      </Button>
    )
  }

  const confirm = async () => {
    setBusy(true)
    setError(null)
    try {
      await onConfirm()
    } catch (failure) {
      setError(describeError(failure))
    } finally {
      setBusy(false)
    }
  }

  return (
    <div role="group" aria-labelledby={questionId} className="panel team-confirm">
      <p id={questionId}>{question}</p>
      {error && (
        <ErrorAlert>
          <p>{error}</p>
        </ErrorAlert>
      )}
      <div className="actions">
        <Button busy={busy} onClick={() => void confirm()} autoFocus>
          {confirmLabel}
        </Button>
        <Button
          variant="secondary"
          onClick={() => {
            setAsking(false)
            setError(null)
          }}
        >
          {t('teams.cancel')}
        </Button>
      </div>
    </div>
  )
}
