import { describe, expect, it } from 'vitest'
import { timeZoneOptions, utcToZonedInput, zonedInputToUtc } from './zoned-time'

describe('zonedInputToUtc', () => {
  it('reads a time typed for a Seoul contest as Korean time, nine hours ahead of UTC', () => {
    expect(zonedInputToUtc('2026-12-01T18:00', 'Asia/Seoul')).toBe('2026-12-01T09:00:00.000Z')
    expect(zonedInputToUtc('2026-11-01T09:00', 'Asia/Seoul')).toBe('2026-11-01T00:00:00.000Z')
  })

  it('crosses midnight back into the previous UTC day when the zone is ahead of UTC', () => {
    expect(zonedInputToUtc('2026-12-01T08:00', 'Asia/Seoul')).toBe('2026-11-30T23:00:00.000Z')
    expect(zonedInputToUtc('2026-10-01T08:30', 'Asia/Seoul')).toBe('2026-09-30T23:30:00.000Z')
  })

  it('uses the offset in force on that date in a zone with daylight saving', () => {
    expect(zonedInputToUtc('2026-07-01T12:00', 'America/New_York')).toBe('2026-07-01T16:00:00.000Z')
    expect(zonedInputToUtc('2026-12-01T12:00', 'America/New_York')).toBe('2026-12-01T17:00:00.000Z')
    expect(zonedInputToUtc('2026-01-15T12:00', 'Europe/Berlin')).toBe('2026-01-15T11:00:00.000Z')
    expect(zonedInputToUtc('2026-07-15T12:00', 'Europe/Berlin')).toBe('2026-07-15T10:00:00.000Z')
    expect(zonedInputToUtc('2026-07-01T12:30', 'Europe/Berlin')).toBe('2026-07-01T10:30:00.000Z')
  })

  it('moves a time in the hour skipped by the spring change forward', () => {
    // 2026-03-08 02:30 does not exist in New York: clocks jump from 02:00 to 03:00.
    expect(zonedInputToUtc('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z')
    // 2026-03-29 01:30 does not exist in London: clocks jump from 01:00 to 02:00.
    expect(zonedInputToUtc('2026-03-29T01:30', 'Europe/London')).toBe('2026-03-29T01:30:00.000Z')
  })

  it('takes the earlier of the two instants in the hour repeated by the autumn change', () => {
    // 2026-11-01 01:30 happens twice in New York: first in daylight time (UTC-4).
    expect(zonedInputToUtc('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z')
  })

  it('accepts seconds, as an input with step={1} gives them', () => {
    expect(zonedInputToUtc('2026-12-01T18:00:30', 'UTC')).toBe('2026-12-01T18:00:30.000Z')
    expect(zonedInputToUtc('2026-09-30T23:59:59', 'Asia/Seoul')).toBe('2026-09-30T14:59:59.000Z')
  })

  it('refuses an incomplete or impossible date and time', () => {
    expect(zonedInputToUtc('', 'Asia/Seoul')).toBeNull()
    expect(zonedInputToUtc('tomorrow', 'Asia/Seoul')).toBeNull()
    expect(zonedInputToUtc('2026-12-01', 'Asia/Seoul')).toBeNull()
    expect(zonedInputToUtc('2026-02-30T10:00', 'Asia/Seoul')).toBeNull()
    expect(zonedInputToUtc('2026-13-01T10:00', 'Asia/Seoul')).toBeNull()
    expect(zonedInputToUtc('2026-12-01T24:00', 'Asia/Seoul')).toBeNull()
    expect(zonedInputToUtc('2026-12-01T10:60', 'Asia/Seoul')).toBeNull()
    expect(zonedInputToUtc('2026-12-01T10:00:60', 'Asia/Seoul')).toBeNull()
  })

  it('refuses a zone the browser does not know', () => {
    expect(zonedInputToUtc('2026-09-30T18:00', 'Mars/Olympus')).toBeNull()
  })
})

describe('utcToZonedInput', () => {
  it('shows a UTC instant as the wall clock of the contest’s zone, not the browser’s', () => {
    expect(utcToZonedInput('2026-11-30T23:00:00Z', 'Asia/Seoul')).toBe('2026-12-01T08:00')
    expect(utcToZonedInput('2026-07-01T16:00:00Z', 'America/New_York')).toBe('2026-07-01T12:00')
    expect(utcToZonedInput('2026-09-30T09:00:00.000Z', 'Asia/Seoul')).toBe('2026-09-30T18:00')
    expect(utcToZonedInput('2026-09-30T09:00:00.000Z', 'America/New_York')).toBe('2026-09-30T05:00')
    expect(utcToZonedInput('2026-11-01T00:00:00Z', 'America/New_York')).toBe('2026-10-31T20:00')
  })

  it('takes a Date as well as a string', () => {
    expect(utcToZonedInput(new Date('2026-11-01T00:00:00Z'), 'Asia/Seoul')).toBe('2026-11-01T09:00')
  })

  it('shows midnight as 00, not 24', () => {
    expect(utcToZonedInput('2026-11-30T15:00:00Z', 'Asia/Seoul')).toBe('2026-12-01T00:00')
  })

  it('keeps seconds when there are any, and drops milliseconds', () => {
    expect(utcToZonedInput('2026-09-30T14:59:59.000Z', 'Asia/Seoul')).toBe('2026-09-30T23:59:59')
    expect(utcToZonedInput('2026-09-30T14:59:00.999Z', 'Asia/Seoul')).toBe('2026-09-30T23:59')
  })

  it('gives an empty value for an unreadable instant or an unknown zone', () => {
    expect(utcToZonedInput('soon', 'Asia/Seoul')).toBe('')
    expect(utcToZonedInput('2026-09-30T09:00:00.000Z', 'Mars/Olympus')).toBe('')
  })
})

describe('round trips', () => {
  it('wall clock → UTC → wall clock, in zones with and without daylight saving', () => {
    for (const zone of ['Asia/Seoul', 'Europe/London', 'America/New_York', 'Australia/Adelaide']) {
      const utc = zonedInputToUtc('2026-10-04T09:15', zone)!
      expect(utcToZonedInput(utc, zone), zone).toBe('2026-10-04T09:15')
    }
    // Just after London's spring change.
    expect(utcToZonedInput(zonedInputToUtc('2026-03-29T03:30', 'Europe/London')!, 'Europe/London')).toBe('2026-03-29T03:30')
  })

  it('UTC → wall clock → UTC on both sides of a daylight-saving change', () => {
    for (const instant of ['2026-03-08T06:59:00.000Z', '2026-03-08T07:00:00.000Z', '2026-11-01T07:00:00.000Z']) {
      expect(zonedInputToUtc(utcToZonedInput(instant, 'America/New_York'), 'America/New_York')).toBe(instant)
    }
  })

  it('keeps a deadline at 23:59:59 to the second', () => {
    for (const zone of ['Asia/Seoul', 'America/New_York', 'UTC']) {
      const closesAt = zonedInputToUtc('2026-09-30T23:59:59', zone)!
      const shown = utcToZonedInput(closesAt, zone)
      expect(shown, zone).toBe('2026-09-30T23:59:59')
      expect(zonedInputToUtc(shown, zone), zone).toBe(closesAt)
    }
    expect(zonedInputToUtc(utcToZonedInput('2026-09-30T14:59:59.000Z', 'Asia/Seoul'), 'Asia/Seoul')).toBe(
      '2026-09-30T14:59:59.000Z',
    )
  })
})

describe('timeZoneOptions', () => {
  it('always offers Seoul and the contest’s current zone', () => {
    const zones = timeZoneOptions('Etc/GMT+5')
    expect(zones).toContain('Asia/Seoul')
    expect(zones).toContain('Etc/GMT+5')
  })
})
