// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { fakeApi, problem } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { contest as namingContest, entriesAnswer, screened } from '../../screening/testing/fixtures'
import { assignment, judge, stage } from '../testing/fixtures'
import { AssignmentsSection } from './assignments-section'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const panel = [judge('j1', 'kim@example.kr')]

describe('AssignmentsSection', () => {
  it('plans k judges per entry and reports what was added and which entries are short', async () => {
    let planned = false
    const api = fakeApi({
      'GET /api/v1/stages/s1/judges': panel,
      'GET /api/v1/stages/s1/assignments': () => jsonResponse(200, { items: planned ? [assignment('a1')] : [], next_cursor: null }),
      'POST /api/v1/stages/s1/assignments/plan': () => {
        planned = true
        return jsonResponse(200, { added: 1, short: [{ entry_id: 'entry-9', missing: 2 }] })
      },
    })
    renderWithApp(<AssignmentsSection stage={stage} />)
    expect(await screen.findByText('No assignments.')).toBeTruthy()
    expect(screen.getByText('Each entry gets 3 judges, with loads that differ by at most one.')).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: 'Plan assignments' }))

    const outcome = await screen.findByText('Assignments added: 1.')
    expect(outcome.closest('[role="status"]')!.textContent).toContain('entry-9 2 judges short')
    expect(await screen.findByRole('rowheader', { name: 'entry-a1' })).toBeTruthy()
    expect(api.sent.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/api/v1/stages/s1/assignments/plan'])
  })

  it('names the page’s entries by receipt number and title with one request for their ids', async () => {
    const entries = entriesAnswer([screened('entry-a1', 'BUSAN-00001', '바다 마을'), screened('entry-a2', 'BUSAN-00002', '강나루')])
    const api = fakeApi({
      'GET /api/v1/contests/c1': namingContest,
      'GET /api/v1/contests/c1/entries': entries,
      'GET /api/v1/stages/s1/judges': panel,
      'GET /api/v1/stages/s1/assignments': { items: [assignment('a1'), assignment('a2'), assignment('a9')], next_cursor: null },
    })
    renderWithApp(<AssignmentsSection stage={stage} />)

    const first = (await screen.findByRole('rowheader', { name: /BUSAN-00001 “바다 마을”/ })).closest('tr')!
    // The id stays beside the name: it is what the manual assignment form asks for.
    expect(within(first).getByText('entry-a1')).toBeTruthy()
    expect(within(first).getByRole('button', { name: 'End 심사위원 j1’s assignment of BUSAN-00001 “바다 마을”' })).toBeTruthy()
    // An entry the contest no longer has is named by its id.
    expect(screen.getByRole('rowheader', { name: 'entry-a9' })).toBeTruthy()
    expect(entries.asked).toEqual([['entry-a1', 'entry-a2', 'entry-a9']])
    expect(api.sent.filter((r) => r.path.includes('/entries'))).toHaveLength(1)
  })

  it('lists declarations with a conflict’s reason, and reads the next page on demand', async () => {
    const api = fakeApi({
      'GET /api/v1/stages/s1/judges': panel,
      'GET /api/v1/stages/s1/assignments': (request: Request) =>
        new URL(request.url).searchParams.get('cursor') === 'next'
          ? jsonResponse(200, { items: [assignment('a3')], next_cursor: null })
          : jsonResponse(200, {
              items: [assignment('a1', { declaration: 'conflict', conflict_reason: '같은 회사 소속' }), assignment('a2', { declaration: 'no_conflict', score_status: 'submitted' })],
              next_cursor: 'next',
            }),
    })
    renderWithApp(<AssignmentsSection stage={stage} />)

    const conflicted = (await screen.findByRole('rowheader', { name: 'entry-a1' })).closest('tr')!
    expect(within(conflicted).getByText('Reason: 같은 회사 소속')).toBeTruthy()
    expect(within(conflicted).getByText('심사위원 j1')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Show more' }))

    expect(await screen.findByRole('rowheader', { name: 'entry-a3' })).toBeTruthy()
    expect(api.sent.filter((r) => r.path === '/api/v1/stages/s1/assignments')).toHaveLength(2)
  })

  it('assigns by hand and shows the server’s refusal beside the entry', async () => {
    const api = fakeApi({
      'GET /api/v1/stages/s1/judges': panel,
      'GET /api/v1/stages/s1/assignments': { items: [], next_cursor: null },
      'POST /api/v1/stages/s1/assignments': () => problem(422, 'validation_failed', [{ field: 'entry_id', code: 'not_in_stage', message: 'x' }]),
    })
    renderWithApp(<AssignmentsSection stage={stage} />)
    const judgeSelect = await screen.findByLabelText('Judge', { selector: '#manual-judge' })
    await waitFor(() => expect(within(judgeSelect).getAllByRole('option')).toHaveLength(2))

    fireEvent.change(judgeSelect, { target: { value: 'u-j1' } })
    fireEvent.change(screen.getByLabelText(/^Entry id/), { target: { value: 'entry-x' } })
    fireEvent.click(screen.getByRole('button', { name: 'Assign' }))

    expect(await screen.findByText('The stage does not judge this entry.')).toBeTruthy()
    expect(api.sent.find((r) => r.method === 'POST')?.body).toEqual({ judge_id: 'u-j1', entry_id: 'entry-x' })
  })

  it('ends an assignment with a reason', async () => {
    const api = fakeApi({
      'GET /api/v1/stages/s1/judges': panel,
      'GET /api/v1/stages/s1/assignments': { items: [assignment('a1')], next_cursor: null },
      'POST /api/v1/assignments/a1/remove': () => new Response(null, { status: 204 }),
    })
    renderWithApp(<AssignmentsSection stage={stage} />)

    fireEvent.click(await screen.findByRole('button', { name: 'End 심사위원 j1’s assignment of entry-a1' }))
    fireEvent.click(screen.getByRole('button', { name: 'End the assignment' }))
    expect(await screen.findByText('Please give a reason.')).toBeTruthy()
    fireEvent.change(screen.getByLabelText(/^Reason/), { target: { value: '심사위원 요청' } })
    fireEvent.click(screen.getByRole('button', { name: 'End the assignment' }))

    await waitFor(() => expect(api.sent.find((r) => r.method === 'POST')?.body).toEqual({ reason: '심사위원 요청' }))
  })
})
