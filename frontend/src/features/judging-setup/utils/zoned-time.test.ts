import { describe, expect, it } from 'vitest'
import { fromZonedInput, toZonedInput } from './zoned-time'

describe('zoned time inputs', () => {
  it('shows an instant as the wall clock of the contest’s zone', () => {
    expect(toZonedInput('2026-11-01T00:00:00Z', 'Asia/Seoul')).toBe('2026-11-01T09:00')
    expect(toZonedInput('2026-11-01T00:00:00Z', 'America/New_York')).toBe('2026-10-31T20:00')
  })

  it('reads a wall-clock value in the contest’s zone as the instant it means', () => {
    expect(fromZonedInput('2026-11-01T09:00', 'Asia/Seoul')).toBe('2026-11-01T00:00:00.000Z')
    expect(fromZonedInput('2026-07-01T12:30', 'Europe/Berlin')).toBe('2026-07-01T10:30:00.000Z')
  })

  it('round-trips on both sides of a daylight-saving change', () => {
    for (const instant of ['2026-03-08T06:59:00.000Z', '2026-03-08T07:00:00.000Z', '2026-11-01T07:00:00.000Z']) {
      expect(fromZonedInput(toZonedInput(instant, 'America/New_York'), 'America/New_York')).toBe(instant)
    }
  })

  it('refuses what is not a date and time', () => {
    expect(fromZonedInput('', 'Asia/Seoul')).toBeNull()
    expect(fromZonedInput('tomorrow', 'Asia/Seoul')).toBeNull()
  })
})
