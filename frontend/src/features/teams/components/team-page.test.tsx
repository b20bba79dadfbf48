// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { TeamRoute } from '../../../app/routes/teams'
import { setAccessToken } from '../../../lib/api-client'
import { withAuth } from '../../../testing/auth'
import { fakeApi, problem } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { hackathon, noEntries, team } from '../testing/fixtures'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const renderTeamPage = () =>
  renderWithApp(
    withAuth(
      <Routes>
        <Route path="/teams/:teamId" element={<TeamRoute />} />
      </Routes>,
    ),
    { path: '/teams/t1' },
  )

describe('the team page', () => {
  it('removing a member asks first, and only the confirmation removes them from the list', async () => {
    let removed = false
    const api = fakeApi({
      'GET /api/v1/teams/t1': () =>
        Response.json(removed ? team({ member_count: 1, members: [team().members[0]] }) : team()),
      'GET /api/v1/contests/c1': hackathon,
      'GET /api/v1/me/entries': noEntries,
      'DELETE /api/v1/teams/t1/members/u2': () => {
        removed = true
        return new Response(null, { status: 204 })
      },
    })
    renderTeamPage()

    expect(await screen.findByRole('heading', { level: 1, name: '모두의 팀' })).toBeTruthy()
    const members = screen.getByRole('region', { name: 'Members' })
    fireEvent.click(await within(members).findByRole('button', { name: 'Remove 이영희' }))
    const question = screen.getByRole('group', { name: 'Remove 이영희 from the team?' })
    expect(api.sent.some((r) => r.method === 'DELETE')).toBe(false)
    fireEvent.click(within(question).getByRole('button', { name: 'Yes, remove' }))

    await waitFor(() => expect(within(members).queryByText('이영희')).toBeNull())
    expect(api.sent.some((r) => r.method === 'DELETE' && r.path === '/api/v1/teams/t1/members/u2')).toBe(true)
  })

  it('someone else’s team is not found, as teams are private', async () => {
    fakeApi({ 'GET /api/v1/teams/t1': () => problem(404, 'not_found') })
    renderTeamPage()

    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeTruthy()
  })

  it('asks someone signed out to sign in and come back to the team', () => {
    renderWithApp(
      withAuth(
        <Routes>
          <Route path="/teams/:teamId" element={<TeamRoute />} />
        </Routes>,
        { status: 'signed-out' },
      ),
      { path: '/teams/t1' },
    )

    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in?next=%2Fteams%2Ft1')
  })
})
