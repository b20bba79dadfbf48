// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, problem } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import {
  contest,
  entriesAnswer,
  pairwiseResults,
  pairwiseStage,
  panel,
  rubricResults,
  screened,
  stage,
} from '../testing/fixtures'
import { ResultsPreview } from './results-preview'

/** The contest's entries (e4 is not among them, as if it had been deleted). */
const entries = () => ({
  'GET /api/v1/contests/c1/entries': entriesAnswer([
    screened('e1', 'BUSAN-00001', '바다 마을'),
    screened('e2', 'BUSAN-00002', '강나루'),
    screened('e3', 'BUSAN-00003', '해오름'),
    screened('e5', 'BUSAN-00005', '물빛'),
  ]),
})

const rubricApi = (extra: Record<string, unknown> = {}) =>
  fakeApi({
    'GET /api/v1/stages/s1': stage,
    'GET /api/v1/contests/c1': contest,
    'GET /api/v1/stages/s1/results': rubricResults,
    'GET /api/v1/stages/s1/judges': panel,
    ...entries(),
    ...extra,
  })

/** Every request made to name entries: the list narrowed by ids, or (no more) one entry at a time. */
const labelRequests = (api: ReturnType<typeof fakeApi>) =>
  api.sent.filter((r) => r.path === '/api/v1/contests/c1/entries' || r.path.startsWith('/api/v1/entries/'))
const askedIds = (api: ReturnType<typeof fakeApi>) =>
  (api.routes['GET /api/v1/contests/c1/entries'] as ReturnType<typeof entriesAnswer>).asked

const rowOf = async (receipt: string) => (await screen.findByRole('rowheader', { name: new RegExp(receipt) })).closest('tr')!

beforeEach(() => localStorage.setItem('modu.language', 'en'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('ResultsPreview of a rubric stage', () => {
  it('says what the results are, when they were computed in the contest’s zone, and the advance rule', async () => {
    rubricApi()
    renderWithApp(<ResultsPreview stageId="s1" />)

    await screen.findByText('The top 2 advance')
    // 03:00 UTC is 12:00 in Seoul.
    expect(screen.getByText(/Preview from the scores submitted so far, computed/).textContent).toMatch(
      /20 October 2026 at 12:00 \(Korean Standard Time\)/,
    )
  })

  it('draws the cut line between the entries that advance and the others', async () => {
    rubricApi()
    renderWithApp(<ResultsPreview stageId="s1" />)

    const table = await screen.findByRole('table', { name: 'Ranking of Document review (places 1–4 of 4)' })
    const [above, below] = within(table).getAllByRole('rowgroup').slice(1)
    expect(within(above).getByRole('rowheader', { name: 'Above the cut line: these advance' })).toBeTruthy()
    expect(await within(above).findByRole('link', { name: 'BUSAN-00001' })).toBeTruthy()
    expect(await within(above).findByRole('link', { name: 'BUSAN-00002' })).toBeTruthy()
    expect(within(below).getByRole('rowheader', { name: 'Below the cut line: these do not advance' })).toBeTruthy()
    expect(await within(below).findByRole('link', { name: 'BUSAN-00003' })).toBeTruthy()
    // No judge scored e4: unranked, and named by its id since the contest no longer has it.
    expect(within(below).getByText('Not ranked (no scores)')).toBeTruthy()
    expect(within(below).getByRole('link', { name: 'Entry e4…' })).toBeTruthy()
  })

  it('names the page’s entries by receipt number and title with one request for their ids', async () => {
    const api = rubricApi()
    renderWithApp(<ResultsPreview stageId="s1" />)

    const first = await rowOf('BUSAN-00001')
    expect(within(first).getByText('바다 마을')).toBeTruthy()
    expect(labelRequests(api)).toHaveLength(1)
    expect(askedIds(api)).toEqual([['e1', 'e2', 'e3', 'e4']])
  })

  it('marks close calls in words, with the server’s resampling share and the margin rule, and explains the rule', async () => {
    rubricApi()
    renderWithApp(<ResultsPreview stageId="s1" />)

    expect(await screen.findByText(/^2 close calls\./)).toBeTruthy()
    expect(screen.getByText(/less than 1 points \(1% of the rubric’s 100 points\)/)).toBeTruthy()

    const third = await rowOf('BUSAN-00003')
    expect(third.className).toBe('close-call')
    expect(within(third).getByText('Close call')).toBeTruthy()
    expect(within(third).getByText('Advances in 35% of resamples of the judges')).toBeTruthy()
    expect(within(third).getByText('Less than 1 points from the other side of the line')).toBeTruthy()

    const second = await rowOf('BUSAN-00002')
    expect(within(second).getByText('Less than 1 points from the other side of the line')).toBeTruthy()

    const first = await rowOf('BUSAN-00001')
    expect(first.className).toBe('')
    expect(within(first).queryByText('Close call')).toBeNull()
  })

  it('opens an entry’s breakdown: each judge named or numbered, the dropped ones marked, criteria, bonus and final score', async () => {
    rubricApi()
    renderWithApp(<ResultsPreview stageId="s1" />)

    const toggle = await screen.findByRole('button', { name: 'Breakdown of BUSAN-00001' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('true')

    const judges = screen.getByRole('table', { name: 'Each judge’s total for BUSAN-00001' })
    const rows = within(judges)
      .getAllByRole('row')
      .slice(1)
      .map((row) => Array.from(row.children).map((cell) => cell.textContent))
    expect(rows).toEqual([
      ['박심사', '95', 'Dropped (highest or lowest)'],
      ['Judge 2', '88', 'Counted'],
      ['Judge 3', '70', 'Dropped (highest or lowest)'],
    ])
    const criteria = screen.getByRole('table', { name: 'Mean per criterion for BUSAN-00001' })
    expect(within(criteria).getByRole('row', { name: 'Originality 52 of 60' })).toBeTruthy()
    const breakdown = document.getElementById('breakdown-e1')!
    expect(within(breakdown).getByText('Youth bonus +3', { exact: false })).toBeTruthy()
    expect(within(breakdown).getByText('Final score').nextElementSibling!.textContent).toBe('91')
  })

  it('downloads the results and the scores as CSV with the token', async () => {
    URL.createObjectURL = vi.fn(() => 'blob:csv')
    URL.revokeObjectURL = vi.fn()
    const csv = () =>
      new Response(new Blob(['rank,entry_id'], { type: 'text/csv' }), {
        headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="busan-stage1-results-preview.csv"' },
      })
    const api = rubricApi({ 'GET /api/v1/stages/s1/results.csv': csv, 'GET /api/v1/stages/s1/scores.csv': csv })
    renderWithApp(<ResultsPreview stageId="s1" />)

    fireEvent.click(await screen.findByRole('button', { name: 'Download results (CSV)' }))
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalledTimes(1))
    fireEvent.click(screen.getByRole('button', { name: 'Download every judge’s scores (CSV)' }))
    await waitFor(() => expect(URL.createObjectURL).toHaveBeenCalledTimes(2))
    expect(api.sent.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/v1/stages/s1/results.csv', '/api/v1/stages/s1/scores.csv']))
  })

  it('shows a refusal (403) in the reader’s language', async () => {
    rubricApi({ 'GET /api/v1/stages/s1/results': () => problem(403, 'forbidden') })
    renderWithApp(<ResultsPreview stageId="s1" />)

    expect((await screen.findByRole('alert')).textContent).toContain('Your account may not do this.')
  })
})

describe('ResultsPreview of a pairwise stage', () => {
  const pairwiseApi = () =>
    fakeApi({
      'GET /api/v1/stages/s2': pairwiseStage,
      'GET /api/v1/contests/c1': contest,
      'GET /api/v1/stages/s2/results': pairwiseResults,
      ...entries(),
    })

  it('ranks each category by strength with its uncertainty, and draws each category’s cut line', async () => {
    pairwiseApi()
    renderWithApp(<ResultsPreview stageId="s2" />)

    await screen.findByText('The top 1 of each category advance')
    expect(screen.getByText(/Final results, stored when the stage closed/)).toBeTruthy()
    const youth = screen.getByRole('table', { name: 'Ranking in Youth' })
    const general = screen.getByRole('table', { name: 'Ranking in General' })
    const first = (await within(youth).findByRole('rowheader', { name: /BUSAN-00001/ })).closest('tr')!
    expect(Array.from(first.children).map((cell) => cell.textContent).slice(2, 6)).toEqual(['1.2', '0.3', '9', 'Advances'])
    expect(within(general).getByRole('rowheader', { name: 'Below the cut line: these do not advance' })).toBeTruthy()
    // Pairwise stages have no rubric scores to export.
    expect(screen.queryByRole('button', { name: /scores \(CSV\)/ })).toBeNull()
  })

  it('names each category’s entries with one request for that table’s ids', async () => {
    const api = pairwiseApi()
    renderWithApp(<ResultsPreview stageId="s2" />)

    const general = await screen.findByRole('table', { name: 'Ranking in General' })
    expect(await within(general).findByRole('link', { name: 'BUSAN-00005' })).toBeTruthy()
    expect(within(general).getByText('물빛')).toBeTruthy()
    expect(askedIds(api)).toEqual([
      ['e1', 'e2'],
      ['e3', 'e5'],
    ])
    expect(labelRequests(api)).toHaveLength(2)
  })

  it('marks entries closer than their uncertainties across the line as close calls, and explains the rule', async () => {
    pairwiseApi()
    renderWithApp(<ResultsPreview stageId="s2" />)

    expect(await screen.findByText(/^2 close calls\./)).toBeTruthy()
    expect(screen.getByText(/closer to that of the nearest entry across the line than their two uncertainties/)).toBeTruthy()
    const youth = screen.getByRole('table', { name: 'Ranking in Youth' })
    expect(within(youth).getAllByText('Within the uncertainty (σ) of the other side of the line')).toHaveLength(2)
    expect(youth.querySelectorAll('tr.close-call')).toHaveLength(2)
    const general = screen.getByRole('table', { name: 'Ranking in General' })
    expect(general.querySelectorAll('tr.close-call')).toHaveLength(0)
  })
})
