// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { I18nProvider } from '../../../lib/i18n'
import { Countdown } from './countdown'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  vi.useFakeTimers()
  vi.setSystemTime(new Date('2026-09-30T08:59:58Z'))
})
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})

describe('Countdown', () => {
  it('ticks every second and says when the deadline has passed', () => {
    render(
      <I18nProvider>
        <Countdown deadline="2026-09-30T09:00:00Z" />
      </I18nProvider>,
    )
    const timer = screen.getByRole('timer', { name: 'Time left until the deadline' })
    expect(timer.textContent).toBe('0 d 0 h 0 min 2 s left')

    act(() => vi.advanceTimersByTime(1000))
    expect(timer.textContent).toBe('0 d 0 h 0 min 1 s left')

    act(() => vi.advanceTimersByTime(1000))
    expect(timer.textContent).toBe('The deadline has passed.')
  })
})
