import { describe, expect, it } from 'vitest'
import { timeZoneOptions, utcToZoned, zonedToUtc } from './zoned-time'

describe('zonedToUtc', () => {
  it('reads 18:00 in Seoul as 09:00 UTC', () => {
    expect(zonedToUtc('2026-09-30T18:00', 'Asia/Seoul')).toBe('2026-09-30T09:00:00.000Z')
  })

  it('crosses the date line backwards when the zone is ahead of UTC', () => {
    expect(zonedToUtc('2026-10-01T08:30', 'Asia/Seoul')).toBe('2026-09-30T23:30:00.000Z')
  })

  it('follows daylight saving time in zones that have it', () => {
    expect(zonedToUtc('2026-01-15T12:00', 'Europe/Berlin')).toBe('2026-01-15T11:00:00.000Z')
    expect(zonedToUtc('2026-07-15T12:00', 'Europe/Berlin')).toBe('2026-07-15T10:00:00.000Z')
  })

  it('gives nothing for an incomplete time, an impossible date or an unknown zone', () => {
    expect(zonedToUtc('2026-09-30', 'Asia/Seoul')).toBeNull()
    expect(zonedToUtc('2026-02-30T10:00', 'Asia/Seoul')).toBeNull()
    expect(zonedToUtc('2026-09-30T18:00', 'Mars/Olympus')).toBeNull()
  })
})

describe('utcToZoned', () => {
  it('shows a UTC instant as the wall clock of the contest’s zone, not the browser’s', () => {
    expect(utcToZoned('2026-09-30T09:00:00.000Z', 'Asia/Seoul')).toBe('2026-09-30T18:00')
    expect(utcToZoned('2026-09-30T09:00:00.000Z', 'America/New_York')).toBe('2026-09-30T05:00')
  })

  it('round-trips with zonedToUtc', () => {
    const local = '2026-03-29T03:30'
    expect(utcToZoned(zonedToUtc(local, 'Europe/London')!, 'Europe/London')).toBe(local)
  })

  it('gives an empty value for an unreadable instant', () => {
    expect(utcToZoned('soon', 'Asia/Seoul')).toBe('')
  })
})

describe('timeZoneOptions', () => {
  it('always offers Seoul and the contest’s current zone', () => {
    const zones = timeZoneOptions('Etc/GMT+5')
    expect(zones).toContain('Asia/Seoul')
    expect(zones).toContain('Etc/GMT+5')
  })
})
