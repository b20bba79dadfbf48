// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { fakeApi } from '../../../testing/fake-api'
import { contest as namingContest, entriesAnswer, screened } from '../../screening/testing/fixtures'
import { renderWithApp } from '../../../testing/render'
import { stage } from '../testing/fixtures'
import { BonusClaimsSection } from './bonus-claims'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const claim = (id: string, status = 'pending') => ({
  id,
  stage_id: 's1',
  entry_id: `entry-${id}`,
  rule: 'agency',
  evidence: '추천서 2026-114호',
  status,
  claimed_at: '2026-11-02T01:00:00Z',
  decided_at: null,
  reason: null,
})

describe('BonusClaimsSection', () => {
  it('shows each claim with its rule, points and evidence, and verifies one', async () => {
    const api = fakeApi({
      'GET /api/v1/stages/s1/bonus-claims': [claim('b1')],
      'POST /api/v1/bonus-claims/b1/decision': { ...claim('b1'), status: 'verified' },
    })
    renderWithApp(<BonusClaimsSection stage={stage} timeZone="Asia/Seoul" />)

    const row = (await screen.findByRole('rowheader', { name: 'entry-b1' })).closest('tr')!
    expect(within(row).getByText('Backed by a listed agency (+3)')).toBeTruthy()
    expect(within(row).getByText('추천서 2026-114호')).toBeTruthy()
    expect(screen.getByText(/at most 5 per entry/)).toBeTruthy()
    fireEvent.click(within(row).getByRole('button', { name: 'Verify the claim of entry-b1' }))

    await waitFor(() => expect(api.sent.find((r) => r.method === 'POST')?.body).toEqual({ verified: true, reason: null }))
  })

  it('names the claimed entries by receipt number and title, with one request for their ids', async () => {
    const entries = entriesAnswer([screened('entry-b1', 'BUSAN-00007', '해오름')])
    const api = fakeApi({
      'GET /api/v1/contests/c1': namingContest,
      'GET /api/v1/contests/c1/entries': entries,
      'GET /api/v1/stages/s1/bonus-claims': [claim('b1'), claim('b2')],
    })
    renderWithApp(<BonusClaimsSection stage={stage} timeZone="Asia/Seoul" />)

    const row = (await screen.findByRole('rowheader', { name: /BUSAN-00007 “해오름”/ })).closest('tr')!
    expect(within(row).getByRole('button', { name: 'Verify the claim of BUSAN-00007 “해오름”' })).toBeTruthy()
    expect(entries.asked).toEqual([['entry-b1', 'entry-b2']])
    expect(api.sent.filter((r) => r.path.includes('/entries'))).toHaveLength(1)
  })

  it('rejects a claim only with a reason', async () => {
    const api = fakeApi({
      'GET /api/v1/stages/s1/bonus-claims': [claim('b1')],
      'POST /api/v1/bonus-claims/b1/decision': { ...claim('b1'), status: 'rejected' },
    })
    renderWithApp(<BonusClaimsSection stage={stage} timeZone="Asia/Seoul" />)

    fireEvent.click(await screen.findByRole('button', { name: 'Reject the claim of entry-b1' }))
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }))
    expect(await screen.findByText('Please give a reason.')).toBeTruthy()
    fireEvent.change(screen.getByLabelText(/^Why it is rejected/), { target: { value: '추천기관 목록에 없음' } })
    fireEvent.click(screen.getByRole('button', { name: 'Reject' }))

    await waitFor(() => expect(api.sent.find((r) => r.method === 'POST')?.body).toEqual({ verified: false, reason: '추천기관 목록에 없음' }))
  })
})
