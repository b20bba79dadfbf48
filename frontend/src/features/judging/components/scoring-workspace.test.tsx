// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import type { AssignmentView } from '../../../lib/api/types'
import { fakeApi, problem } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { assignment, contest, entry, score, stage } from '../testing/fixtures'
import { ScoringWorkspace } from './scoring-workspace'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function renderWorkspace(a: AssignmentView, nav: { onNext?: () => void; onPrevious?: () => void } = {}) {
  renderWithApp(<ScoringWorkspace stage={stage} contest={contest} assignment={a} {...nav} />)
}

const contentRequests = (sent: { path: string }[]) =>
  sent.filter((r) => r.path.endsWith('/entry') || r.path.endsWith('/score'))

describe('the conflict-of-interest declaration', () => {
  it('comes before any content: nothing of the entry is asked for until the judge declares', () => {
    const api = fakeApi({})
    renderWorkspace(assignment(null))

    expect(screen.getByRole('heading', { name: /Conflict of interest/ })).toBeTruthy()
    expect(screen.queryByRole('heading', { name: 'The entry' })).toBeNull()
    expect(screen.queryByRole('spinbutton')).toBeNull()
    expect(contentRequests(api.sent)).toEqual([])
  })

  it('needs a choice, and a reason with a conflict', async () => {
    const api = fakeApi({})
    renderWorkspace(assignment(null))

    fireEvent.click(screen.getByRole('button', { name: 'Declare and continue' }))
    expect(await screen.findByText('Please choose one of the two.')).toBeTruthy()
    fireEvent.click(screen.getByRole('radio', { name: 'I have a conflict of interest' }))
    fireEvent.click(screen.getByRole('button', { name: 'Declare and continue' }))
    expect(await screen.findByText('Please say why you have a conflict of interest.')).toBeTruthy()
    expect(api.sent).toEqual([])
  })

  it('"no conflict" opens the entry, under the form’s labels, beside the score sheet', async () => {
    const api = fakeApi({
      'POST /api/v1/assignments/a1/declaration': { ...assignment('no_conflict') },
      'GET /api/v1/assignments/a1/entry': entry(),
      'GET /api/v1/assignments/a1/score': () => problem(404, 'not_found'),
    })
    renderWorkspace(assignment(null))

    fireEvent.click(screen.getByRole('radio', { name: 'I have no conflict of interest' }))
    fireEvent.click(screen.getByRole('button', { name: 'Declare and continue' }))

    expect(await screen.findByText('Riverside')).toBeTruthy()
    expect(screen.getByText('Proposed name')).toBeTruthy()
    expect(screen.getByRole('spinbutton', { name: /Originality/ })).toBeTruthy()
    expect(api.sent[0]).toEqual({ method: 'POST', path: '/api/v1/assignments/a1/declaration', body: { conflict: false } })
    // Blind: no entrant line at all
    expect(screen.queryByText('Entrant')).toBeNull()
  })

  it('a conflict is sent with its reason, and the entry never opens', async () => {
    const api = fakeApi({ 'POST /api/v1/assignments/a1/declaration': { ...assignment('conflict'), removed_at: 'now' } })
    renderWorkspace(assignment(null))

    fireEvent.click(screen.getByRole('radio', { name: 'I have a conflict of interest' }))
    fireEvent.change(screen.getByRole('textbox', { name: /Reason/ }), { target: { value: 'My cousin entered it.' } })
    fireEvent.click(screen.getByRole('button', { name: 'Declare and continue' }))

    expect(await screen.findByText(/Your conflict of interest is recorded/)).toBeTruthy()
    expect(api.sent).toEqual([
      { method: 'POST', path: '/api/v1/assignments/a1/declaration', body: { conflict: true, reason: 'My cousin entered it.' } },
    ])
  })
})

describe('moving between entries', () => {
  it('J and Alt+→ go to the next entry, K and Alt+← to the previous; J typed into a field does not', async () => {
    fakeApi({})
    const onNext = vi.fn()
    const onPrevious = vi.fn()
    renderWorkspace(assignment(null), { onNext, onPrevious })

    fireEvent.keyDown(document.body, { key: 'j' })
    await waitFor(() => expect(onNext).toHaveBeenCalledTimes(1))
    fireEvent.keyDown(document.body, { key: 'ArrowRight', altKey: true })
    await waitFor(() => expect(onNext).toHaveBeenCalledTimes(2))
    fireEvent.keyDown(document.body, { key: 'k' })
    fireEvent.keyDown(document.body, { key: 'ArrowLeft', altKey: true })
    await waitFor(() => expect(onPrevious).toHaveBeenCalledTimes(2))

    fireEvent.click(screen.getByRole('radio', { name: 'I have a conflict of interest' }))
    fireEvent.keyDown(screen.getByRole('textbox', { name: /Reason/ }), { key: 'j' })
    await new Promise((r) => setTimeout(r, 20))
    expect(onNext).toHaveBeenCalledTimes(2)
  })

  it('saves unsaved scores before moving on', async () => {
    const api = fakeApi({
      'GET /api/v1/assignments/a1/entry': entry(),
      'GET /api/v1/assignments/a1/score': score({ originality: 10 }, 'draft', 2),
      'PUT /api/v1/assignments/a1/score': score({ originality: 11 }, 'draft', 3),
    })
    const onNext = vi.fn()
    renderWorkspace(assignment('no_conflict'), { onNext })

    const input = await screen.findByRole('spinbutton', { name: /Originality/ })
    fireEvent.keyDown(input, { key: 'ArrowUp' })
    fireEvent.keyDown(input, { key: 'ArrowRight', altKey: true })

    await waitFor(() => expect(onNext).toHaveBeenCalled())
    expect(api.sent.filter((r) => r.method === 'PUT').map((r) => r.body)).toEqual([
      { values: { originality: 11 }, comment: null, submit: false, version: 2 },
    ])
  })

  it('? shows the shortcuts, Escape hides them', () => {
    fakeApi({})
    renderWorkspace(assignment(null))
    const toggle = screen.getByRole('button', { name: 'Keyboard shortcuts (?)' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    fireEvent.keyDown(document.body, { key: '?' })
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    expect(screen.getByRole('table', { name: 'Shortcuts of the scoring screen' })).toBeTruthy()
    fireEvent.keyDown(document.body, { key: 'Escape' })
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
  })
})
