/** Time left until a deadline, split for display. Pure, so it is tested without timers. */
export interface Remaining {
  days: number
  hours: number
  minutes: number
  seconds: number
  /** Whole seconds left; 0 once the deadline has passed. */
  totalSeconds: number
}

export function timeUntil(deadline: Date | string, now: Date | number): Remaining {
  const ms = new Date(deadline).getTime() - new Date(now).getTime()
  // Round up: with 0.4 s left the deadline has not passed, so show 1 s, never 0 early.
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000))
  return {
    days: Math.floor(totalSeconds / 86_400),
    hours: Math.floor((totalSeconds % 86_400) / 3_600),
    minutes: Math.floor((totalSeconds % 3_600) / 60),
    seconds: totalSeconds % 60,
    totalSeconds,
  }
}
