// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import type { PairwiseState, StageView } from '../../../lib/api/types'
import { fakeApi, problem } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { contest, entry, stage } from '../testing/fixtures'
import { PairwiseJudging } from './pairwise-judging'

const final = { ...stage, id: 's2', mode: 'pairwise', blind: false } as StageView
const base = '/api/v1/stages/s2/pairwise'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const slot = (id: string, declaration: string | null = 'no_conflict') => ({ entry_id: `e-${id}`, assignment_id: id, declaration })
const state = (extra: Partial<PairwiseState>): PairwiseState => ({
  stage_id: 's2',
  previous: null,
  current: null,
  votes: 0,
  can_undo: false,
  ...extra,
})

/** A judge with two declared entries in front of them. */
const comparing = state({ previous: slot('a1'), current: slot('a2'), votes: 2, can_undo: true })
const entries = {
  'GET /api/v1/assignments/a1/entry': entry('a1', 'Riverside'),
  'GET /api/v1/assignments/a2/entry': entry('a2', 'Seagate'),
}
const posts = (sent: { method: string; path: string; body: unknown }[]) =>
  sent.filter((r) => r.method === 'POST').map((r) => ({ path: r.path, body: r.body }))

describe('PairwiseJudging', () => {
  it('begins with POST …/begin, then asks for the declaration on the entry handed out', async () => {
    const api = fakeApi({
      [`GET ${base}`]: () => problem(404, 'not_found'),
      [`POST ${base}/begin`]: state({ current: slot('a1', null) }),
    })
    renderWithApp(<PairwiseJudging stage={final} contest={contest} />)

    fireEvent.click(await screen.findByRole('button', { name: 'Begin comparing' }))

    expect(await screen.findByRole('heading', { name: /Conflict of interest/ })).toBeTruthy()
    expect(posts(api.sent)).toEqual([{ path: `${base}/begin`, body: undefined }])
    expect(api.sent.some((r) => r.path.endsWith('/entry'))).toBe(false)
  })

  it('declares "no conflict" on the current entry, then passes the first one with POST …/next', async () => {
    const api = fakeApi({
      [`GET ${base}`]: state({ current: slot('a1', null) }),
      'POST /api/v1/assignments/a1/declaration': { id: 'a1', declaration: 'no_conflict' },
      ...entries,
      [`POST ${base}/next`]: state({ previous: slot('a1'), current: slot('a2', null) }),
    })
    renderWithApp(<PairwiseJudging stage={final} contest={contest} />)

    fireEvent.click(await screen.findByRole('radio', { name: 'I have no conflict of interest' }))
    fireEvent.click(screen.getByRole('button', { name: 'Declare and continue' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Next entry' }))

    expect(await screen.findByText('Previous entry: Riverside')).toBeTruthy()
    expect(posts(api.sent)).toEqual([
      { path: '/api/v1/assignments/a1/declaration', body: { conflict: false } },
      { path: `${base}/next`, body: undefined },
    ])
  })

  it.each([
    ['The previous one was better: Riverside', 'previous'],
    ['This one was better: Seagate', 'current'],
  ])('"%s" votes with better: %s', async (button, better) => {
    const api = fakeApi({ [`GET ${base}`]: comparing, ...entries, [`POST ${base}/vote`]: state({ previous: slot('a2'), current: slot('a3', null), votes: 3, can_undo: true }) })
    renderWithApp(<PairwiseJudging stage={final} contest={contest} />)

    fireEvent.click(await screen.findByRole('button', { name: button }))

    expect(await screen.findByText('Comparisons so far: 3.')).toBeTruthy()
    expect(screen.getByText('Comparison recorded. You were handed the next entry.')).toBeTruthy()
    expect(posts(api.sent)).toEqual([{ path: `${base}/vote`, body: { better } }])
  })

  it('undoes the last vote with POST …/undo while the server allows it', async () => {
    const api = fakeApi({ [`GET ${base}`]: comparing, ...entries, [`POST ${base}/undo`]: { ...comparing, votes: 1, can_undo: false } })
    renderWithApp(<PairwiseJudging stage={final} contest={contest} />)

    fireEvent.click(await screen.findByRole('button', { name: 'Undo the last comparison' }))

    await waitFor(() => expect(screen.queryByRole('button', { name: 'Undo the last comparison' })).toBeNull())
    expect(posts(api.sent)).toEqual([{ path: `${base}/undo`, body: undefined }])
  })

  it('skips an absent team, and a conflict only with a note', async () => {
    const api = fakeApi({ [`GET ${base}`]: comparing, ...entries, [`POST ${base}/skip`]: comparing })
    renderWithApp(<PairwiseJudging stage={final} contest={contest} />)

    fireEvent.click(await screen.findByRole('button', { name: 'Skip this entry' }))
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }))
    await waitFor(() => expect(posts(api.sent)).toHaveLength(1))

    fireEvent.click(screen.getByRole('radio', { name: 'I have a conflict of interest' }))
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }))
    expect(await screen.findByText('Please say why you have a conflict of interest.')).toBeTruthy()
    fireEvent.change(screen.getByRole('textbox', { name: /Reason/ }), { target: { value: 'I mentor this team.' } })
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }))

    await waitFor(() => expect(posts(api.sent)).toHaveLength(2))
    expect(posts(api.sent)).toEqual([
      { path: `${base}/skip`, body: { reason: 'absent' } },
      { path: `${base}/skip`, body: { reason: 'conflict', note: 'I mentor this team.' } },
    ])
  })

  it('a conflict declared on the entry in front of the judge skips it (it is not a vote)', async () => {
    const api = fakeApi({
      [`GET ${base}`]: state({ previous: slot('a1'), current: slot('a2', null), votes: 1 }),
      ...entries,
      [`POST ${base}/skip`]: state({ previous: slot('a1'), current: slot('a3', null), votes: 1 }),
    })
    renderWithApp(<PairwiseJudging stage={final} contest={contest} />)

    fireEvent.click(await screen.findByRole('radio', { name: 'I have a conflict of interest' }))
    fireEvent.change(screen.getByRole('textbox', { name: /Reason/ }), { target: { value: 'Former colleague.' } })
    fireEvent.click(screen.getByRole('button', { name: 'Declare and continue' }))

    expect(await screen.findByText('Entry skipped. You were handed another.')).toBeTruthy()
    expect(posts(api.sent)).toEqual([{ path: `${base}/skip`, body: { reason: 'conflict', note: 'Former colleague.' } }])
  })
})
