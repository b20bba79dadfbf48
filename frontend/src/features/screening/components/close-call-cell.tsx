import { useI18n, type MessageKey } from '../../../lib/i18n'
import type { CloseCallReason } from '../utils/close-calls'

const REASONS: Record<CloseCallReason, MessageKey> = {
  resampling: 'screening.closeCall.resampling',
  tie: 'screening.closeCall.tie',
  margin: 'screening.closeCall.margin',
}

/** Why an entry is a close call, in words (the row's colour only repeats it). */
export function CloseCallCell({
  reasons,
  advanceShare,
  margin,
  pairwise,
}: {
  reasons: CloseCallReason[] | undefined
  advanceShare: number | undefined
  margin: string
  pairwise: boolean
}) {
  const { language, t } = useI18n()
  if (!reasons) return null
  const percent = new Intl.NumberFormat(language, { style: 'percent' }).format(advanceShare ?? 0)
  return (
    <>
      <span className="close-call-mark">{t('screening.closeCall.mark')}</span>
      <ul className="screening-flag">
        {reasons.map((reason) => (
          <li key={reason}>
            {reason === 'margin' && pairwise
              ? t('screening.closeCall.sigma')
              : t(REASONS[reason], { share: percent, margin })}
          </li>
        ))}
      </ul>
    </>
  )
}
