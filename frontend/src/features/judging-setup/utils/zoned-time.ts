/**
 * The scoring window is typed in the contest's own time zone (an organizer in
 * Seoul and one abroad must mean the same instant), but `<input
 * type="datetime-local">` knows no zone. These convert between an instant
 * and the wall-clock value "YYYY-MM-DDTHH:mm" in a named IANA zone.
 */

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

interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

function wallClock(instant: number, timeZone: string): WallClock {
  const parts = Object.fromEntries(
    partsFormatter(timeZone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  )
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
  }
}

const utcOf = (c: WallClock) => Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second)

/** How far the zone's clock is ahead of UTC at `instant`, in milliseconds. */
function zoneOffset(instant: number, timeZone: string): number {
  const rounded = Math.floor(instant / 1000) * 1000
  return utcOf(wallClock(rounded, timeZone)) - rounded
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** "2026-11-01T09:00" for 2026-11-01T00:00Z in Asia/Seoul. */
export function toZonedInput(instant: string | Date, timeZone: string): string {
  const c = wallClock(new Date(instant).getTime(), timeZone)
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}T${pad(c.hour)}:${pad(c.minute)}`
}

const INPUT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/

/**
 * The instant (ISO 8601, UTC) a wall-clock value means in `timeZone`, or null
 * when the value is not a date and time. A time skipped by a clock change
 * moves forward by the gap, as most calendars do.
 */
export function fromZonedInput(value: string, timeZone: string): string | null {
  const match = INPUT_PATTERN.exec(value.trim())
  if (!match) return null
  const [year, month, day, hour, minute, second = '0'] = match.slice(1).map((v) => v ?? '0')
  const asUtc = Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second))
  if (Number.isNaN(asUtc)) return null
  // The offset at the guess, then again at the corrected instant: right on both sides of a clock change.
  const first = asUtc - zoneOffset(asUtc, timeZone)
  const second_ = asUtc - zoneOffset(first, timeZone)
  return new Date(second_).toISOString()
}
