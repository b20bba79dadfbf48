import { Button } from '../../../components/ui/button'
import { useI18n } from '../../../lib/i18n'
import { errorMessage } from '../../../lib/problem-messages'
import type { SaveStatus } from '../hooks/use-entry-draft'

/** Where the draft is: saving, saved, kept on this device, or why it could not be saved. Announced politely. */
export function SaveStatusLine({ status }: { status: SaveStatus }) {
  const { language, t } = useI18n()
  const text = (() => {
    switch (status.kind) {
      case 'saving':
        return t('autosave.saving')
      case 'saved':
        return t('autosave.saved', { time: new Intl.DateTimeFormat(language, { timeStyle: 'short' }).format(status.at) })
      case 'unsaved':
        return t('autosave.unsaved')
      case 'local':
        return t('autosave.local')
      case 'offline':
        return t('autosave.offline')
      case 'error':
        return t('autosave.error', { reason: errorMessage(status.error, t) })
      default:
        return ''
    }
  })()
  return (
    <p role="status" className={`save-status save-status-${status.kind}`}>
      {text}
    </p>
  )
}

/** A 409 on save: someone saved a newer version; offer to load it. */
export function ConflictNotice({ onReload }: { onReload: () => void }) {
  const { t } = useI18n()
  return (
    <div role="alert" className="notice notice-error">
      <p className="notice-title">{t('entry.conflictTitle')}</p>
      <p>{t('entry.conflictBody')}</p>
      <Button variant="secondary" onClick={onReload}>
        {t('entry.reload')}
      </Button>
    </div>
  )
}
