import { useState } from 'react'
import { timeZoneName } from '../../../lib/datetime'
import { useI18n } from '../../../lib/i18n'

/**
 * "In the contest's time zone, Korean Standard Time (Asia/Seoul)": times on
 * these forms are the contest's clock, not the browser's. The zone's name
 * is the one in force at `at` (summer or winter time), else now.
 */
export function useZoneHint(timeZone: string, at: string | null): string {
  const { t, language } = useI18n()
  const [now] = useState(() => new Date())
  const zone = timeZoneName(at ?? now, timeZone, language)
  return t('awarding.time.zoneHint', { zone, id: timeZone })
}
