import { useEffect, useRef } from 'react'
import { useI18n } from '../../../lib/i18n'

/** The receipt after submitting: focused when it appears, so it is read out at once. */
export function Receipt({ number, editable }: { number: string; editable: boolean }) {
  const { t } = useI18n()
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    ref.current?.focus()
  }, [])
  return (
    <div ref={ref} role="status" tabIndex={-1} className="notice notice-success receipt">
      <h2>{t('entry.submittedTitle')}</h2>
      <p className="receipt-number">{t('entry.receipt', { number })}</p>
      <p>{t('entry.receiptHint')}</p>
      {editable && <p>{t('entry.editableUntilDeadline')}</p>}
    </div>
  )
}
