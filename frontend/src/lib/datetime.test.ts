import { describe, expect, it } from 'vitest'
import { formatDateInZone, formatDateTimeInZone, timeZoneName } from './datetime'

// 09:00 UTC is 18:00 in Seoul and 11:00 in Paris (summer time).
const deadline = '2026-09-30T09:00:00Z'

describe('dates in the contest time zone', () => {
  it('shows the wall-clock time of the contest zone, not of the reader', () => {
    expect(formatDateTimeInZone(deadline, 'Asia/Seoul', 'en')).toMatch(/6:00\s?(PM|pm)|18:00/)
    expect(formatDateTimeInZone(deadline, 'Europe/Paris', 'en')).toMatch(/11:00/)
  })

  it('names the zone in the reader language', () => {
    expect(formatDateTimeInZone(deadline, 'Asia/Seoul', 'en')).toContain('(Korean Standard Time)')
    expect(timeZoneName(deadline, 'Asia/Seoul', 'ko')).toBe('한국 표준시')
  })

  it('puts the calendar date in the contest zone', () => {
    // 20:00 UTC on the 30th is already 1 October in Seoul.
    expect(formatDateInZone('2026-09-30T20:00:00Z', 'Asia/Seoul', 'en')).toContain('1 Oct')
    expect(formatDateInZone('2026-09-30T20:00:00Z', 'Asia/Seoul', 'ko')).toContain('10. 1.')
  })
})
