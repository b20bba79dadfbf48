// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import type { MyStage } from '../../../lib/api/types'
import { fakeApi } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { contest, stage } from '../testing/fixtures'
import { MyStages } from './my-stages'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const mine = (status: string, progress = { assigned: 12, scored: 8, remaining: 4, conflicts: 1 }): MyStage => ({
  stage,
  contest_title: { ko: '이름 공모', en: 'Naming contest' },
  status,
  progress,
})

describe('MyStages', () => {
  it('shows each stage with its progress and its window in the contest’s time zone', async () => {
    fakeApi({ 'GET /api/v1/me/judging': [mine('active')], 'GET /api/v1/contests/c1': contest })
    renderWithApp(<MyStages />)

    const card = await screen.findByRole('article', { name: 'Naming contest · First round' })
    const bar = within(card).getByRole('progressbar', { name: 'Scored 8 of 12' }) as HTMLProgressElement
    expect([bar.value, bar.max]).toEqual([8, 12])
    expect(within(card).getByText('4 to go · conflicts of interest declared: 1')).toBeTruthy()
    // 2026-11-01T00:00Z is 09:00 in Seoul, and the zone is named.
    await within(card).findByText(/1 November 2026 at 09:00 \(Korean Standard Time\)/)
    expect(within(card).getByRole('link', { name: 'Judge First round' }).getAttribute('href')).toBe('/judging/stages/s1')
  })

  it('lists invitations apart, and accepting one calls the accept endpoint', async () => {
    const api = fakeApi({ 'GET /api/v1/me/judging': [mine('invited')], 'GET /api/v1/contests/c1': contest, 'POST /api/v1/stages/s1/judges/accept': stage })
    renderWithApp(<MyStages />)

    const invitations = await screen.findByRole('heading', { name: 'Invitations to judge' })
    expect(invitations).toBeTruthy()
    expect(screen.getByText('You do not judge any stage.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Accept the invitation to judge First round' }))

    await waitFor(() => expect(api.sent.some((r) => r.method === 'POST' && r.path === '/api/v1/stages/s1/judges/accept')).toBe(true))
    // The list is read again after accepting
    await waitFor(() => expect(api.sent.filter((r) => r.path === '/api/v1/me/judging')).toHaveLength(2))
  })
})
