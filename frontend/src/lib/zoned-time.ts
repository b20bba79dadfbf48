/**
 * Times as an organizer types them: the value of an `<input
 * type="datetime-local">` ("2026-12-01T18:00", or "2026-12-01T23:59:59" with
 * seconds), read as a wall-clock time in the contest's IANA time zone (never
 * the browser's), and the UTC instant the API stores. Display goes through
 * `lib/datetime.ts`; this is the way to and from an input.
 *
 * Seconds are kept: an instant with seconds becomes "YYYY-MM-DDTHH:mm:ss", so
 * a deadline at 23:59:59 goes back unchanged. Inputs showing these values
 * need `step={1}` for a value with seconds to be valid and editable.
 */

const INPUT_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

const formatters = new Map<string, Intl.DateTimeFormat>()

/** A formatter giving the zone's wall-clock fields; throws a RangeError for an unknown zone. */
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone)
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, found)
  }
  return found
}

function isKnownTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone)
    return true
  } catch {
    return false
  }
}

interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

/** The wall-clock fields of `instant` (ms) in `timeZone`. */
function wallClock(instant: number, timeZone: string): WallClock {
  const parts = partsFormatter(timeZone).formatToParts(new Date(instant))
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0)
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    // Some engines write midnight as 24 even with h23.
    hour: field('hour') % 24,
    minute: field('minute'),
    second: field('second'),
  }
}

/** How far `timeZone`'s clock is ahead of UTC at `instant` (ms), in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const c = wallClock(instant, timeZone)
  const wholeSeconds = Math.floor(instant / 1000) * 1000
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - wholeSeconds
}

/**
 * The UTC instant (ISO 8601, `Z`) a datetime-local value means in `timeZone`,
 * or null when the value is not a complete, possible date and time or the zone
 * is unknown. Seconds are optional. Around a daylight-saving change: a time in
 * the hour skipped in spring moves forward past the gap, and a time in the
 * hour repeated in autumn takes the earlier of its two instants.
 */
export function zonedInputToUtc(value: string, timeZone: string): string | null {
  const match = INPUT_VALUE.exec(value.trim())
  if (!match || !isKnownTimeZone(timeZone)) return null
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0))
  if (hour > 23 || minute > 59 || second > 59) return null
  const wall = Date.UTC(year, month - 1, day, hour, minute, second)
  if (Number.isNaN(wall) || new Date(wall).getUTCMonth() !== month - 1 || new Date(wall).getUTCDate() !== day) return null
  // The offset depends on the instant sought, which depends on the offset:
  // take the offsets at the wall time read as UTC and at the first guess.
  const near = offsetAt(wall, timeZone)
  const offsets = [...new Set([near, offsetAt(wall - near, timeZone)])]
  const fitting = offsets.filter((offset) => offsetAt(wall - offset, timeZone) === offset)
  // Two fit in the repeated hour of an autumn change: the larger offset gives
  // the earlier instant. None fits in the hour skipped in spring: the offset
  // from before the jump (the smaller one) carries the time forward past it.
  const offset = fitting.length > 0 ? Math.max(...fitting) : Math.min(...offsets)
  return new Date(wall - offset).toISOString()
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/**
 * The datetime-local value showing `instant` as the clock in `timeZone` reads
 * it: "YYYY-MM-DDTHH:mm", or "YYYY-MM-DDTHH:mm:ss" when the seconds are not
 * zero (milliseconds are dropped). "" for an unreadable instant or unknown zone.
 */
export function utcToZonedInput(instant: string | Date, timeZone: string): string {
  const ms = new Date(instant).getTime()
  if (Number.isNaN(ms) || !isKnownTimeZone(timeZone)) return ''
  const c = wallClock(ms, timeZone)
  const minutes = `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`
  return c.second === 0 ? minutes : `${minutes}:${pad(c.second)}`
}

/** Every zone the browser knows, for a zone picker; Seoul and `current` are kept even if the list lacks them. */
export function timeZoneOptions(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  const zones = new Set(['Asia/Seoul', ...known])
  if (current) zones.add(current)
  return [...zones].sort()
}
