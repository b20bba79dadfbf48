import { useEffect, useState } from 'react'
import { useI18n } from '../../../lib/i18n'
import { timeUntil } from '../utils/countdown'

/**
 * A live countdown to the deadline, ticking every second. role="timer" is
 * not announced on every tick (its live region is off), so screen readers
 * read it only when the reader reaches it.
 */
export function Countdown({ deadline }: { deadline: string }) {
  const { t } = useI18n()
  const [now, setNow] = useState(() => Date.now())
  const left = timeUntil(deadline, now)
  const closed = left.totalSeconds === 0

  useEffect(() => {
    if (closed) return
    const timer = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(timer)
  }, [closed])

  return (
    <div className="countdown">
      <p className="countdown-label" id="countdown-label">
        {t('countdown.label')}
      </p>
      <p role="timer" aria-labelledby="countdown-label" className="countdown-value">
        {closed ? t('countdown.closed') : t('countdown.value', { ...left })}
      </p>
    </div>
  )
}
