/**
 * Wall-clock times in a contest's time zone and the UTC instants the API
 * stores. An organizer types "2026-09-30 18:00" meaning Seoul time even when
 * their own computer is elsewhere, so the browser's zone is never used.
 */

/** The value of an <input type="datetime-local">: "YYYY-MM-DDTHH:mm". */
export type WallClock = string

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

const formatters = new Map<string, Intl.DateTimeFormat>()

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

/** The zone's wall clock at `utcMs`, as if it were a UTC time (ms, whole seconds). */
function wallClockAt(utcMs: number, timeZone: string): number {
  const parts = partsFormatter(timeZone).formatToParts(new Date(utcMs))
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour') % 24, get('minute'), get('second'))
}

/** How far the zone's clock is ahead of UTC at `utcMs`, in ms. */
function offsetAt(utcMs: number, timeZone: string): number {
  const wholeSeconds = Math.floor(utcMs / 1000) * 1000
  return wallClockAt(wholeSeconds, timeZone) - wholeSeconds
}

export function isKnownTimeZone(timeZone: string): boolean {
  try {
    partsFormatter(timeZone)
    return true
  } catch {
    return false
  }
}

/**
 * The UTC instant (ISO 8601) of a wall-clock time in `timeZone`; null when
 * the text is not a complete date and time or the zone is unknown. A time
 * skipped by a daylight-saving jump is read with the offset before the jump.
 */
export function zonedToUtc(wallClock: WallClock, timeZone: string): string | null {
  const match = WALL_CLOCK.exec(wallClock)
  if (!match || !isKnownTimeZone(timeZone)) return null
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0))
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second)
  if (new Date(asUtc).getUTCDate() !== day) return null
  // The offset depends on the instant, which depends on the offset: two steps settle it.
  const first = asUtc - offsetAt(asUtc, timeZone)
  const instant = asUtc - offsetAt(first, timeZone)
  return new Date(instant).toISOString()
}

/** The wall-clock time in `timeZone` of a UTC instant, for a datetime-local input ("" when unreadable). */
export function utcToZoned(instant: string, timeZone: string): WallClock {
  const utcMs = Date.parse(instant)
  if (Number.isNaN(utcMs) || !isKnownTimeZone(timeZone)) return ''
  return new Date(wallClockAt(utcMs, timeZone)).toISOString().slice(0, 16)
}

/** Every zone the browser knows, for the zone picker; `current` is kept even if the list lacks it. */
export function timeZoneOptions(current: string): string[] {
  const known = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []
  const zones = new Set(['Asia/Seoul', ...known])
  if (current) zones.add(current)
  return [...zones].sort()
}
