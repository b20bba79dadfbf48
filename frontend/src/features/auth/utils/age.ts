/**
 * Korean full age (만 나이) from calendar dates, as the registration form needs
 * it to decide whether guardian consent (만 14세 미만) applies.
 *
 * Dates are plain `YYYY-MM-DD` strings compared as calendar days, never as
 * instants, so no time zone can move a birthday. The age goes up on the
 * birthday itself; someone born on 29 February gains a year on 1 March in
 * common years (Civil Act art. 160(3): a period whose last month has no
 * corresponding day ends on that month's last day).
 */

export interface CalendarDate {
  year: number
  month: number
  day: number
}

/** Age below which a guardian must consent (개인정보 보호법 제22조의2). */
export const GUARDIAN_CONSENT_AGE = 14

/** Parses a real calendar date written `YYYY-MM-DD`; anything else is null. */
export function parseCalendarDate(text: string): CalendarDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return null
  const [year, month, day] = match.slice(1).map(Number)
  const probe = new Date(Date.UTC(year, month - 1, day))
  const isReal =
    probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day
  return isReal ? { year, month, day } : null
}

/** Completed years between birth and today; null when birth is after today. */
export function fullAge(birth: CalendarDate, today: CalendarDate): number | null {
  const birthdayNotYetReached =
    today.month < birth.month || (today.month === birth.month && today.day < birth.day)
  const age = today.year - birth.year - (birthdayNotYetReached ? 1 : 0)
  return age < 0 ? null : age
}

/**
 * Whether a person born on `birthDate` is under 14 on `today` (both
 * `YYYY-MM-DD`). Null when the birth date is not a valid past date, so the
 * caller can ask for a correction instead of guessing.
 */
export function isUnder14(birthDate: string, today: string): boolean | null {
  const birth = parseCalendarDate(birthDate)
  const now = parseCalendarDate(today)
  if (!birth || !now) return null
  const age = fullAge(birth, now)
  return age === null ? null : age < GUARDIAN_CONSENT_AGE
}

/**
 * Today's date in Korea, where the service and its legal age rules live, so
 * a reader abroad sees the same answer the server will give.
 */
export function todayInKorea(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Seoul',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now)
}
