import { useI18n } from '../../../lib/i18n'

/** The close-call rule in words, as the page applies it (see utils/close-calls.ts). */
export function CloseCallRule({
  mode,
  margin,
  maxTotal,
  resampled,
}: {
  mode: 'rubric' | 'pairwise'
  margin: string
  maxTotal: string
  /** The server's resampling flags are there (a rubric preview, not stored results). */
  resampled: boolean
}) {
  const { t } = useI18n()
  return (
    <div className="close-call-rule">
      <p>{t('screening.rule.intro')}</p>
      <ul>
        {resampled && <li>{t('screening.rule.resampling')}</li>}
        <li>{t('screening.rule.tie')}</li>
        <li>{mode === 'pairwise' ? t('screening.rule.sigma') : t('screening.rule.margin', { margin, max: maxTotal })}</li>
      </ul>
      {!resampled && mode === 'rubric' && <p>{t('screening.rule.storedNoResampling')}</p>}
    </div>
  )
}
