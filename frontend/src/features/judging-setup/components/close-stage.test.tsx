// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { fakeApi, problem } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { stage } from '../testing/fixtures'
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
