import type { Language } from '../../../lib/i18n'

const formatters = new Map<Language, Intl.DateTimeFormat>()

/**
 * An instant in the reader's own time zone, the zone named: invitations and
 * memberships come without their contest's time zone.
 */
export function formatInstant(instant: string, language: Language): string {
  let formatter = formatters.get(language)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language === 'ko' ? 'ko-KR' : 'en-GB', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      timeZoneName: 'short',
    })
    formatters.set(language, formatter)
  }
  return formatter.format(new Date(instant))
}
