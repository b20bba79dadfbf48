import { useEffect, useRef, useState } from 'react'
import { Button } from '../../../components/ui/button'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'

interface ConflictNoticeProps {
  onKeepMine: () => Promise<void>
  onTakeTheirs: () => Promise<void>
}

/**
 * Someone saved the contest after it was read. Nothing typed is lost: the
 * organizer either keeps their changes on top of the new version (then
 * saves again), or drops them for what is saved now. Announced and focused.
 */
export function ConflictNotice({ onKeepMine, onTakeTheirs }: ConflictNoticeProps) {
  const { t } = useI18n()
  const ref = useRef<HTMLDivElement>(null)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  const run = (action: () => Promise<void>) => async () => {
    setBusy(true)
    setProblem(null)
    try {
      await action()
    } catch (error) {
      setProblem(errorMessage(error, t))
    } finally {
      setBusy(false)
    }
  }
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="notice notice-error">
      <p className="notice-title">{t('organize.conflict.title')}</p>
      <p>{t('organize.conflict.detail')}</p>
      {problem && <p>{problem}</p>}
      <div className="actions">
        <Button busy={busy} onClick={run(onKeepMine)}>
          {t('organize.conflict.keepMine')}
        </Button>
        <Button variant="secondary" busy={busy} onClick={run(onTakeTheirs)}>
          {t('organize.conflict.takeTheirs')}
        </Button>
      </div>
    </div>
  )
}
