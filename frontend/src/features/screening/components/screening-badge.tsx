import { useI18n } from '../../../lib/i18n'
import { SCREENING_STATES, type ScreeningState } from '../api/shapes'

const isScreeningState = (value: string): value is ScreeningState => (SCREENING_STATES as readonly string[]).includes(value)

/** The screening state as a badge; the words carry the meaning, the colour only repeats it. */
export function ScreeningBadge({ state }: { state: string }) {
  const { t } = useI18n()
  if (!isScreeningState(state)) return <span className="badge">{state}</span>
  return <span className={`badge screening-badge-${state}`}>{t(`screening.state.${state}`)}</span>
}
