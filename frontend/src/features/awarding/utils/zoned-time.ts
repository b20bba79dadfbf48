/**
 * Times as an organizer types them: a `<input type="datetime-local">` value
 * ("2026-12-01T18:00") read as a wall-clock time in the contest's time zone
 * (not the browser's), and the instant the API stores, in UTC. Display goes
 * through `lib/datetime.ts`; this is the way back.
 */

const WALL_CLOCK = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

const partsFormatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let found = partsFormatters.get(timeZone)
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
    partsFormatters.set(timeZone, found)
  }
  return found
}

/** The wall-clock fields of `instant` in `timeZone`. */
function wallClock(instant: number, timeZone: string) {
  const parts = partsFormatter(timeZone).formatToParts(new Date(instant))
  const field = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value ?? 0)
  return {
    year: field('year'),
    month: field('month'),
    day: field('day'),
    hour: field('hour'),
    minute: field('minute'),
    second: field('second'),
  }
}

/** How far `timeZone`'s clock is ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const c = wallClock(instant, timeZone)
  const wholeSeconds = Math.floor(instant / 1000) * 1000
  return Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second) - wholeSeconds
}

/**
 * The UTC instant (ISO 8601, `Z`) of a wall-clock time in `timeZone`, or null
 * when `local` is not a complete date and time. Around a daylight-saving
 * change the offset in force at the result is used, so a time in the
 * skipped hour moves forward and an ambiguous one takes the earlier offset.
 */
export function zonedInputToUtc(local: string, timeZone: string): string | null {
  const m = WALL_CLOCK.exec(local.trim())
  if (!m) return null
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0))
  const wall = Date.UTC(year, month - 1, day, hour, minute, second)
  if (Number.isNaN(wall) || new Date(wall).getUTCDate() !== day) return null
  // The zone's offset may differ between the wall time read as UTC and the
  // instant sought (a daylight-saving change in between): try both.
  const near = offsetAt(wall, timeZone)
  const offsets = [...new Set([near, offsetAt(wall - near, timeZone)])]
  const fitting = offsets.filter((offset) => offsetAt(wall - offset, timeZone) === offset)
  // Two fit in the repeated hour of an autumn change: the earlier instant.
  // None fits in the hour skipped in spring: the offset from before the jump
  // (the smaller one) carries the time forward past it.
  const offset = fitting.length > 0 ? Math.max(...fitting) : Math.min(...offsets)
  return new Date(wall - offset).toISOString()
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** The value for a datetime-local input showing `instant` as the clock in `timeZone` reads. */
export function utcToZonedInput(instant: string | Date, timeZone: string): string {
  const c = wallClock(new Date(instant).getTime(), timeZone)
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`
}
