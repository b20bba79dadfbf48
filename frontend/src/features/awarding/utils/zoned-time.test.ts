import { describe, expect, it } from 'vitest'
import { utcToZonedInput, zonedInputToUtc } from './zoned-time'

describe('zonedInputToUtc', () => {
  it('reads a time typed for a Seoul contest as Korean time, nine hours ahead of UTC', () => {
    expect(zonedInputToUtc('2026-12-01T18:00', 'Asia/Seoul')).toBe('2026-12-01T09:00:00.000Z')
  })

  it('crosses midnight back into the previous UTC day', () => {
    expect(zonedInputToUtc('2026-12-01T08:00', 'Asia/Seoul')).toBe('2026-11-30T23:00:00.000Z')
  })

  it('uses the offset in force on that date in a zone with daylight saving', () => {
    expect(zonedInputToUtc('2026-07-01T12:00', 'America/New_York')).toBe('2026-07-01T16:00:00.000Z')
    expect(zonedInputToUtc('2026-12-01T12:00', 'America/New_York')).toBe('2026-12-01T17:00:00.000Z')
  })

  it('moves a time in the hour skipped by the spring change forward', () => {
    // 2026-03-08 02:30 does not exist in New York: clocks jump from 02:00 to 03:00.
    expect(zonedInputToUtc('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z')
  })

  it('takes the earlier of the two instants in the hour repeated by the autumn change', () => {
    // 2026-11-01 01:30 happens twice in New York: first in daylight time (UTC-4).
    expect(zonedInputToUtc('2026-11-01T01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z')
  })

  it('accepts seconds, which some browsers add', () => {
    expect(zonedInputToUtc('2026-12-01T18:00:30', 'UTC')).toBe('2026-12-01T18:00:30.000Z')
  })

  it('refuses an incomplete or impossible date', () => {
    expect(zonedInputToUtc('', 'Asia/Seoul')).toBeNull()
    expect(zonedInputToUtc('2026-12-01', 'Asia/Seoul')).toBeNull()
    expect(zonedInputToUtc('2026-02-30T10:00', 'Asia/Seoul')).toBeNull()
  })
})

describe('utcToZonedInput', () => {
  it('shows a UTC instant as the contest’s wall clock reads it', () => {
    expect(utcToZonedInput('2026-11-30T23:00:00Z', 'Asia/Seoul')).toBe('2026-12-01T08:00')
    expect(utcToZonedInput('2026-07-01T16:00:00Z', 'America/New_York')).toBe('2026-07-01T12:00')
  })

  it('round-trips with zonedInputToUtc', () => {
    for (const zone of ['Asia/Seoul', 'Europe/London', 'America/New_York', 'Australia/Adelaide']) {
      const utc = zonedInputToUtc('2026-10-04T09:15', zone)!
      expect(utcToZonedInput(utc, zone), zone).toBe('2026-10-04T09:15')
    }
  })
})
