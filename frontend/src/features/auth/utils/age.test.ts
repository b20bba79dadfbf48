import { describe, expect, it } from 'vitest'
import { fullAge, isUnder14, parseCalendarDate, todayInKorea } from './age'

describe('isUnder14', () => {
  it.each([
    // [birth date, today, under 14?, why]
    ['2012-06-15', '2026-06-14', true, 'the day before the 14th birthday'],
    ['2012-06-15', '2026-06-15', false, 'the 14th birthday itself'],
    ['2012-06-15', '2026-06-16', false, 'the day after the 14th birthday'],
    ['2012-12-31', '2026-01-01', true, 'turned 13 the previous day, not 14'],
    ['2000-01-01', '2026-11-01', false, 'an adult'],
    ['2026-11-01', '2026-11-01', true, 'born today'],
    ['2012-02-29', '2026-02-28', true, 'leap-day birth, last day of February in a common year'],
    ['2012-02-29', '2026-03-01', false, 'leap-day birth reaches 14 on 1 March'],
    ['2012-02-29', '2028-02-29', false, 'leap-day birth in a leap year'],
  ])('born %s, on %s → %s (%s)', (birth, today, expected) => {
    expect(isUnder14(birth, today)).toBe(expected)
  })

  it('is null for a birth date in the future', () => {
    expect(isUnder14('2026-11-02', '2026-11-01')).toBeNull()
  })

  it('is null for dates that do not exist or are badly written', () => {
    expect(isUnder14('2013-02-29', '2026-11-01')).toBeNull()
    expect(isUnder14('2013-13-01', '2026-11-01')).toBeNull()
    expect(isUnder14('13-1-1', '2026-11-01')).toBeNull()
    expect(isUnder14('', '2026-11-01')).toBeNull()
  })
})

describe('fullAge', () => {
  it('counts completed years only', () => {
    const birth = parseCalendarDate('1990-05-20')!
    expect(fullAge(birth, parseCalendarDate('2026-05-19')!)).toBe(35)
    expect(fullAge(birth, parseCalendarDate('2026-05-20')!)).toBe(36)
  })
})

describe('todayInKorea', () => {
  it('uses the Korean calendar day, not the reader’s', () => {
    // 2026-06-14 20:00 UTC is already 15 June in Seoul (UTC+9).
    expect(todayInKorea(new Date('2026-06-14T20:00:00Z'))).toBe('2026-06-15')
    expect(todayInKorea(new Date('2026-06-14T14:59:59Z'))).toBe('2026-06-14')
  })
})
