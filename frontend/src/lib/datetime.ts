/**
 * Dates and times as a contest shows them: in the contest's own time zone
 * (not the reader's), with the zone named, in the reader's language.
 */
import type { Language } from './i18n'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatter(language: Language, timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${timeZone}|${JSON.stringify(options)}`
  let found = formatters.get(key)
  if (!found) {
    found = new Intl.DateTimeFormat(language === 'ko' ? 'ko-KR' : 'en-GB', { ...options, timeZone })
    formatters.set(key, found)
  }
  return found
}

/** The zone's name in the reader's language, e.g. "Korean Standard Time" / "한국 표준시". */
export function timeZoneName(instant: Date | string, timeZone: string, language: Language): string {
  const parts = formatter(language, timeZone, { timeZoneName: 'long' }).formatToParts(new Date(instant))
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone
}

/** "2026년 9월 30일 수요일 오후 6:00 (한국 표준시)" — the date and time in `timeZone`, zone named. */
export function formatDateTimeInZone(instant: Date | string, timeZone: string, language: Language): string {
  const date = new Date(instant)
  const text = formatter(language, timeZone, { dateStyle: 'full', timeStyle: 'short' }).format(date)
  return `${text} (${timeZoneName(date, timeZone, language)})`
}

/** Date only, in `timeZone` (for lists): "2026. 9. 30." / "30 Sept 2026". */
export function formatDateInZone(instant: Date | string, timeZone: string, language: Language): string {
  return formatter(language, timeZone, { dateStyle: 'medium' }).format(new Date(instant))
}

/** A machine-readable value for <time dateTime>. */
export function isoInstant(instant: Date | string): string {
  return new Date(instant).toISOString()
}
