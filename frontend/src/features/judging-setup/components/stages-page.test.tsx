// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StageAdminRoute, StagesAdminRoute } from '../../../app/routes/organize-stages'
import { setAccessToken } from '../../../lib/api-client'
import { withAuth } from '../../../testing/auth'
import { fakeApi } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { contest, judge, pairwiseStage, stage } from '../testing/fixtures'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function renderRoutes(path: string) {
  renderWithApp(
    withAuth(
      <Routes>
        <Route path="/organize/contests/:contestId/stages" element={<StagesAdminRoute />} />
        <Route path="/organize/stages/:stageId" element={<StageAdminRoute />} />
      </Routes>,
    ),
    { path },
  )
}

const api = () =>
  fakeApi({
    'GET /api/v1/contests/c1': contest,
    'GET /api/v1/contests/c1/stages': [stage, pairwiseStage],
    'GET /api/v1/stages/s1': stage,
    'GET /api/v1/stages/s1/judges': [judge('j1', 'kim@example.kr'), judge('j2', 'lee@example.kr')],
    'GET /api/v1/stages/s2/judges': [judge('j1', 'kim@example.kr')],
    'GET /api/v1/stages/s1/assignments': { items: [], next_cursor: null },
    'GET /api/v1/stages/s1/bonus-claims': [],
  })

describe('StagesAdminRoute', () => {
  it('lists the stages in order with their window, state and the panel’s progress', async () => {
    api()
    renderRoutes('/organize/contests/c1/stages')

    const first = await screen.findByRole('article', { name: '1. Document review' })
    expect(within(first).getByText('Not open yet')).toBeTruthy()
    expect(within(first).getByText(/1 November 2026 at 09:00 \(Korean Standard Time\)/)).toBeTruthy()
    expect(await within(first).findByRole('progressbar', { name: 'Scored 8 of 20' })).toBeTruthy()
    expect(within(first).getByRole('link', { name: '1. Document review: results preview' }).getAttribute('href')).toBe('/organize/stages/s1/results')
    const second = screen.getByRole('article', { name: '2. Final' })
    expect(within(second).getByText('Pairwise comparison (e.g. final demos)')).toBeTruthy()
    expect(screen.getByRole('navigation', { name: 'Contest administration' })).toBeTruthy()
  })

  it('opens the editor for a new stage, which judges the advanced entries after the first', async () => {
    api()
    renderRoutes('/organize/contests/c1/stages')

    fireEvent.click(await screen.findByRole('button', { name: 'Add a judging stage' }))

    expect(await screen.findByRole('heading', { name: 'New judging stage' })).toBeTruthy()
    expect(screen.getByText('It judges the entries advanced when the previous stage closes.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(await screen.findByRole('article', { name: '1. Document review' })).toBeTruthy()
  })

  it('opens a stage’s settings by link', async () => {
    api()
    renderRoutes('/organize/contests/c1/stages?edit=s1')

    expect(await screen.findByRole('heading', { name: 'Settings of 1. Document review' })).toBeTruthy()
    expect((screen.getByLabelText(/^Stage name \(English\)/) as HTMLInputElement).value).toBe('Document review')
  })
})

describe('StageAdminRoute', () => {
  it('shows the stage with its panel, assignments, claims, exports and the results preview link', async () => {
    api()
    renderRoutes('/organize/stages/s1')

    expect(await screen.findByRole('heading', { level: 1, name: '1. Document review' })).toBeTruthy()
    for (const name of ['Panel', 'Assignments', 'Bonus claims', 'Score changes', 'Exports', 'Closing the stage']) {
      expect(await screen.findByRole('heading', { level: 2, name })).toBeTruthy()
    }
    expect(screen.getAllByRole('link', { name: 'Results preview' })[0].getAttribute('href')).toBe('/organize/stages/s1/results')
    await waitFor(() => expect(screen.getByText('No bonus claims.')).toBeTruthy())
  })
})
