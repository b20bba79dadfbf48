// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import type { EntryResultView, MyEntry } from '../../../lib/api/types'
import { fakeApi, problem } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { announcement, contest } from '../testing/fixtures'
import { MyResults } from './my-results'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const myEntry = (id: string, contestId = 'c1', status = 'submitted'): MyEntry => ({
  id,
  contest_id: contestId,
  contest_state: 'closed',
  contest_title: { ko: '사진 공모전', en: 'Photo contest' },
  status,
  answers: {} as Record<string, never>,
  receipt_number: `WSCW-${id}`,
  created_at: '2026-09-01T00:00:00Z',
  updated_at: '2026-09-02T00:00:00Z',
  version: 3,
})

const awarded: EntryResultView = {
  entry_id: 'e1',
  award: { tier: 'excellence', label: { ko: '우수상', en: 'Excellence award' }, place: 2, certificate_code: 'MODU-7K3Q-X9PL' },
  stages: [
    {
      stage_id: 's1',
      name: { ko: '1차 심사', en: 'First round' },
      mode: 'rubric',
      rank: 2,
      ranked: 12,
      advanced: true,
      final_score: 81.25,
      jury: 78.5,
      public: 2.75,
      bonus: null,
      bonus_rules: [],
      criteria: [
        { key: 'originality', label: { ko: '독창성', en: 'Originality' }, max: 30, mean: 26.5 },
        { key: 'clarity', label: { ko: '명확성', en: 'Clarity' }, max: 10, mean: 8 },
      ],
      judges: [
        { raw: 60, normalized: 61.2, dropped: true },
        { raw: 80, normalized: 79.5, dropped: false },
        { raw: 95, normalized: 90, dropped: true },
      ],
    },
  ],
}

describe('MyResults', () => {
  it('shows the award, the certificate links and the breakdown of an announced contest, and the credit fixed', async () => {
    fakeApi({
      'GET /api/v1/contests/c1/announcement': announcement(true),
      'GET /api/v1/entries/e1/result': awarded,
      'GET /api/v1/entries/e1/credit': { name: null, hidden: true },
    })
    renderWithApp(<MyResults entries={[myEntry('e1'), myEntry('d1', 'c1', 'draft')]} />)

    const card = await screen.findByRole('article', { name: 'Photo contest' })
    await within(card).findByText('Award: Excellence award · Place 2')
    expect(within(card).getByRole('link', { name: 'Download certificate (PDF)' }).getAttribute('href')).toBe(
      '/api/v1/certificates/MODU-7K3Q-X9PL/pdf',
    )
    expect(within(card).getByRole('link', { name: 'Verify certificate MODU-7K3Q-X9PL' }).getAttribute('href')).toBe(
      '/certificates/MODU-7K3Q-X9PL',
    )

    // The breakdown: rank of N, final score and parts, means per criterion, judges' totals with dropped ones marked
    const stage = within(card).getByRole('heading', { level: 4, name: 'First round' }).closest('section')!
    expect(within(stage).getByText('2 of 12')).toBeTruthy()
    expect(within(stage).getByText('81.25')).toBeTruthy()
    expect(within(stage).getByText('Advanced')).toBeTruthy()
    const criteria = within(stage).getByRole('table', { name: 'First round: mean points per criterion' })
    expect(within(criteria).getByRole('row', { name: 'Originality 26.5 of 30' })).toBeTruthy()
    const judges = within(stage).getByRole('table', { name: /First round: each judge’s total/ })
    const rows = within(judges).getAllByRole('row').slice(1)
    expect(rows.map((r) => r.textContent)).toEqual([
      'Judge 16061.2Dropped (highest or lowest)',
      'Judge 28079.5Yes',
      'Judge 39590Dropped (highest or lowest)',
    ])

    // Published: how the entry is credited can no longer change, and the reason is given
    const credit = await within(card).findByRole('group', { name: 'How you are credited in the results' })
    expect((within(credit).getByRole('radio', { name: 'Not named' }) as HTMLInputElement).checked).toBe(true)
    expect((credit as HTMLFieldSetElement).disabled).toBe(true)
    expect(within(card).getByText('The results are published; this can no longer change.')).toBeTruthy()
    // Only submitted entries are listed
    expect(screen.getAllByRole('article')).toHaveLength(1)
  })

  it('says so when the entry won nothing, and shows no breakdown when the organizer shows none', async () => {
    fakeApi({
      'GET /api/v1/contests/c1/announcement': announcement(true),
      'GET /api/v1/entries/e1/result': { entry_id: 'e1', award: null, stages: null },
      'GET /api/v1/entries/e1/credit': { name: null, hidden: false },
    })
    renderWithApp(<MyResults entries={[myEntry('e1')]} />)

    await screen.findByText('No award this time. Thank you for taking part.')
    expect(screen.queryByRole('link', { name: /certificate/ })).toBeNull()
    expect(screen.queryByRole('heading', { level: 4 })).toBeNull()
  })

  it('before publication tells when, asks for no result, and saves how the entrant is credited', async () => {
    const api = fakeApi({
      'GET /api/v1/contests/c1/announcement': announcement(false),
      'GET /api/v1/contests/c1': contest,
      'GET /api/v1/entries/e1/credit': { name: null, hidden: false },
      'PUT /api/v1/entries/e1/credit': (_: Request, body: unknown) => new Response(JSON.stringify(body), { status: 200 }),
    })
    renderWithApp(<MyResults entries={[myEntry('e1')]} />)

    await screen.findByText(/1 December 2026 at 10:00 \(Korean Standard Time\)/)
    expect(api.sent.some((r) => r.path === '/api/v1/entries/e1/result')).toBe(false)

    const credit = await screen.findByRole('group', { name: 'How you are credited in the results' })
    expect((within(credit).getByRole('radio', { name: 'By my display name' }) as HTMLInputElement).checked).toBe(true)
    fireEvent.click(within(credit).getByRole('radio', { name: 'By another name' }))
    fireEvent.change(within(credit).getByRole('textbox', { name: /Name to show/ }), { target: { value: '  하늘빛  ' } })
    fireEvent.click(within(credit).getByRole('button', { name: 'Save how I am credited' }))

    await screen.findByText('Saved how you are credited.')
    expect(api.sent.find((r) => r.method === 'PUT')?.body).toEqual({ hidden: false, name: '하늘빛' })
  })

  it('disables the credit with the results_published message when the server says the results just came out', async () => {
    fakeApi({
      'GET /api/v1/contests/c1/announcement': { ...announcement(false), announce_at: '2026-12-01T01:00:00Z' },
      'GET /api/v1/contests/c1': contest,
      'GET /api/v1/entries/e1/credit': { name: null, hidden: false },
      'PUT /api/v1/entries/e1/credit': () => problem(409, 'results_published'),
    })
    renderWithApp(<MyResults entries={[myEntry('e1')]} />)

    const credit = await screen.findByRole('group', { name: 'How you are credited in the results' })
    fireEvent.click(within(credit).getByRole('radio', { name: 'Not named' }))
    fireEvent.click(within(credit).getByRole('button', { name: 'Save how I am credited' }))

    await screen.findByText('The results are published; this can no longer change.')
    await waitFor(() => expect((credit as HTMLFieldSetElement).disabled).toBe(true))
  })
})
