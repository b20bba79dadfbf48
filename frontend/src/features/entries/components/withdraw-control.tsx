import { useState } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import type { EntryView } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import { withdrawEntry } from '../api/entries'

/** Withdraw, in two steps: the button asks, the confirmation does it. */
export function WithdrawControl({ entryId, onWithdrawn }: { entryId: string; onWithdrawn: (entry: EntryView) => void }) {
  const { t } = useI18n()
  const [asking, setAsking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  if (!asking) {
    return (
      <Button variant="secondary" onClick={() => setAsking(true)}>
        {t('entry.withdraw')}
      </Button>
    )
  }

  const confirm = async () => {
    setBusy(true)
    try {
      onWithdrawn(await withdrawEntry(entryId))
    } catch (failure) {
      setError(errorMessage(failure, t))
      setBusy(false)
    }
  }

  return (
    <div role="group" aria-labelledby="withdraw-question" className="panel">
      <p id="withdraw-question">{t('entry.withdrawConfirm')}</p>
      {error && (
        <ErrorAlert>
          <p>{error}</p>
        </ErrorAlert>
      )}
      <div className="actions">
        <Button busy={busy} onClick={() => void confirm()} autoFocus>
          {t('entry.withdrawYes')}
        </Button>
        <Button variant="secondary" onClick={() => setAsking(false)}>
          {t('entry.cancel')}
        </Button>
      </div>
    </div>
  )
}
