import type { Eligibility } from '../../../lib/api/types'
import { useI18n } from '../../../lib/i18n'
import { eligibilityLines } from '../utils/eligibility'

export function EligibilityList({ eligibility }: { eligibility: Eligibility }) {
  const { t } = useI18n()
  return (
    <ul>
      {eligibilityLines(eligibility, t).map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  )
}
