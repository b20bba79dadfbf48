import { useState } from 'react'
import { ErrorAlert } from '../../../components/ui/alert'
import { Button } from '../../../components/ui/button'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'

/** A button that fetches an export with the token and saves it; a failure is said beside it. */
export function DownloadButton({ label, run }: { label: string; run: () => Promise<void> }) {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  const [failure, setFailure] = useState<unknown>(null)
  const start = async () => {
    setBusy(true)
    setFailure(null)
    try {
      await run()
    } catch (error) {
      setFailure(error)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div className="screening-download">
      <Button variant="secondary" busy={busy} onClick={() => void start()}>
        {label}
      </Button>
      {busy && <span role="status">{t('screening.export.busy')}</span>}
      {failure !== null && (
        <ErrorAlert>
          <p>{errorMessage(failure, t)}</p>
        </ErrorAlert>
      )}
    </div>
  )
}
