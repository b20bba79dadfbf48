/**
 * Compact date-times for table cells, in the contest's time zone: the zone
 * is named once, in the column's header (see `timeZoneName`), not in every cell.
 */
import type { Language } from '../../../lib/i18n'

const formatters = new Map<string, Intl.DateTimeFormat>()

export function formatDateTimeShort(instant: Date | string, timeZone: string, language: Language): string {
  const key = `${language}|${timeZone}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language === 'ko' ? 'ko-KR' : 'en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone,
    })
    formatters.set(key, formatter)
  }
  return formatter.format(new Date(instant))
}
