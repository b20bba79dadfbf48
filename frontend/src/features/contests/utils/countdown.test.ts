import { describe, expect, it } from 'vitest'
import { timeUntil } from './countdown'

const now = new Date('2026-09-28T06:59:30Z')

describe('timeUntil', () => {
  it('splits the time left into days, hours, minutes and seconds', () => {
    expect(timeUntil('2026-09-30T09:00:00Z', now)).toEqual({
      days: 2,
      hours: 2,
      minutes: 0,
      seconds: 30,
      totalSeconds: 2 * 86_400 + 2 * 3_600 + 30,
    })
  })

  it('is zero, never negative, once the deadline has passed', () => {
    expect(timeUntil('2026-09-28T06:00:00Z', now)).toMatchObject({ days: 0, hours: 0, minutes: 0, seconds: 0, totalSeconds: 0 })
  })

  it('does not show zero while a fraction of a second is left', () => {
    expect(timeUntil(new Date(now.getTime() + 400), now).totalSeconds).toBe(1)
  })

  it('counts across a day boundary', () => {
    expect(timeUntil('2026-09-29T06:59:30Z', now)).toMatchObject({ days: 1, hours: 0, minutes: 0, seconds: 0 })
  })
})
