// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { fakeApi, problem } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { entriesAnswer, rubricResults, screened } from '../../screening/testing/fixtures'
import { contest, stage } from '../testing/fixtures'
import { CloseStageSection } from './close-stage'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const ended = { ...stage, state: 'ended' as const }
const outcome = { stage_id: 's1', recipe_hash: 'r1', inputs_hash: 'i1', advanced: ['e1', 'e2'], next_stage_id: 's2' }

describe('CloseStageSection', () => {
  it('asks for confirmation before closing, and closes only when confirmed', async () => {
    const api = fakeApi({ 'POST /api/v1/stages/s1/close': outcome })
    renderWithApp(<CloseStageSection stage={ended} timeZone="Asia/Seoul" />)
    expect(screen.getByRole('link', { name: 'Results preview' }).getAttribute('href')).toBe('/organize/stages/s1/results')

    fireEvent.click(screen.getByRole('button', { name: 'Close 1. Document review…' }))
    expect(screen.getByText('Close 1. Document review now?')).toBeTruthy()
    expect(api.sent).toEqual([])
    fireEvent.click(screen.getByRole('button', { name: 'Yes, close 1. Document review' }))

    expect(await screen.findByText('1. Document review is closed. 2 entries advanced.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Go to the next stage' }).getAttribute('href')).toBe('/organize/stages/s2')
    expect(api.sent.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /api/v1/stages/s1/close'])
  })

  it('can be cancelled without closing', () => {
    const api = fakeApi({})
    renderWithApp(<CloseStageSection stage={ended} timeZone="Asia/Seoul" />)

    fireEvent.click(screen.getByRole('button', { name: 'Close 1. Document review…' }))
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))

    expect(screen.queryByText('Close 1. Document review now?')).toBeNull()
    expect(api.sent).toEqual([])
  })

  it('shows the API’s refusal', async () => {
    fakeApi({ 'POST /api/v1/stages/s1/close': () => problem(409, 'scoring_closed') })
    renderWithApp(<CloseStageSection stage={ended} timeZone="Asia/Seoul" />)

    fireEvent.click(screen.getByRole('button', { name: 'Close 1. Document review…' }))
    fireEvent.click(screen.getByRole('button', { name: 'Yes, close 1. Document review' }))

    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Scoring is closed.'))
  })

  it('offers no closing while the window is open, and says when it ends', () => {
    fakeApi({})
    renderWithApp(<CloseStageSection stage={{ ...stage, state: 'scoring' }} timeZone="Asia/Seoul" />)

    expect(screen.queryByRole('button')).toBeNull()
    expect(screen.getByText(/can be closed once its window ends \(Monday,? 30 November 2026 at 18:00 \(Korean Standard Time\)\)/)).toBeTruthy()
  })
})

describe('closing with a hand-picked advancing list', () => {
  /** A rubric stage whose preview ranks e1, e2 (the recipe advances them), e3 and e4 (not scored). */
  const closingApi = () =>
    fakeApi({
      'GET /api/v1/stages/s1/results': rubricResults,
      'GET /api/v1/contests/c1': contest,
      'GET /api/v1/contests/c1/entries': entriesAnswer([
        screened('e1', 'BUSAN-00001', '바다 마을'),
        screened('e2', 'BUSAN-00002', '강나루'),
        screened('e3', 'BUSAN-00003', '해오름'),
        screened('e4', 'BUSAN-00004', '물빛'),
      ]),
      'POST /api/v1/stages/s1/close': outcome,
    })
  const closeNow = () => {
    fireEvent.click(screen.getByRole('button', { name: 'Close 1. Document review…' }))
    fireEvent.click(screen.getByRole('button', { name: 'Yes, close 1. Document review' }))
  }
  const closeRequest = async (api: ReturnType<typeof fakeApi>) => {
    await screen.findByText('1. Document review is closed. 2 entries advanced.')
    return api.sent.find((r) => r.method === 'POST')?.body
  }
  const box = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement
  const chooseMyself = async () => {
    fireEvent.click(screen.getByLabelText('Choose the entries myself'))
    await screen.findByRole('group', { name: 'Entries to advance, in rank order' })
  }

  it('by default the recipe decides: the request sends no advance list and the ranking is not read', async () => {
    const api = closingApi()
    renderWithApp(<CloseStageSection stage={ended} timeZone="Asia/Seoul" />)
    expect((screen.getByLabelText('Advance as the recipe decided') as HTMLInputElement).checked).toBe(true)

    closeNow()

    expect(await closeRequest(api)).toEqual({})
    expect(api.sent.some((r) => r.path === '/api/v1/stages/s1/results')).toBe(false)
  })

  it('choosing the entries myself shows the ranking without close calls, ticked as the recipe decided', async () => {
    const api = closingApi()
    renderWithApp(<CloseStageSection stage={ended} timeZone="Asia/Seoul" />)

    await chooseMyself()

    expect(await screen.findByLabelText('#1 · BUSAN-00001')).toBeTruthy()
    expect(box(/^#1 · /).checked).toBe(true)
    expect(box(/^#2 · /).checked).toBe(true)
    expect(box(/^#3 · /).checked).toBe(false)
    expect(box(/^Not ranked \(no scores\) · /).checked).toBe(false)
    expect(document.getElementById(box(/^#1 · /).getAttribute('aria-describedby')!)?.textContent).toBe('Advances by the recipe')
    expect(screen.getByText('2 chosen.')).toBeTruthy()
    expect(screen.queryByText(/The recipe advances/)).toBeNull()
    const asked = api.fetchMock.mock.calls.map(([request]) => (request as Request).url).filter((url) => url.includes('/results'))
    expect(asked).toEqual([expect.stringContaining('close_calls=false')])
  })

  it('the count follows the ticks, and says when it is not the recipe’s', async () => {
    closingApi()
    renderWithApp(<CloseStageSection stage={ended} timeZone="Asia/Seoul" />)
    await chooseMyself()

    fireEvent.click(box(/^#3 · /))
    expect(screen.getByText('3 chosen.')).toBeTruthy()
    expect(screen.getByText('The recipe advances 2; you have chosen 3.')).toBeTruthy()

    fireEvent.click(box(/^#2 · /))
    expect(screen.getByText('2 chosen.')).toBeTruthy()
    expect(screen.queryByText(/The recipe advances/)).toBeNull()
  })

  it('closing then sends exactly the ticked entries, in rank order', async () => {
    const api = closingApi()
    renderWithApp(<CloseStageSection stage={ended} timeZone="Asia/Seoul" />)
    await chooseMyself()
    fireEvent.click(box(/^#3 · /))
    fireEvent.click(box(/^#2 · /))

    fireEvent.click(screen.getByRole('button', { name: 'Close 1. Document review…' }))
    expect(screen.getByText('The 2 entries you chose advance.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Yes, close 1. Document review' }))

    expect(await closeRequest(api)).toEqual({ advance: ['e1', 'e3'] })
  })
})
