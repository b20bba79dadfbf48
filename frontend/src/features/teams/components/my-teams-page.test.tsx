// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { MyTeamsRoute } from '../../../app/routes/teams'
import { setAccessToken } from '../../../lib/api-client'
import { withAuth } from '../../../testing/auth'
import { fakeApi } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { hackathon, ideaContest, invitation, myTeam } from '../testing/fixtures'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('my teams', () => {
  it('lists my invitations and my teams with their contest, my role and their size', async () => {
    fakeApi({
      'GET /api/v1/me/team-invitations': [invitation({ id: 'i2', team_id: 't3', team_name: 'Green streets' })],
      'GET /api/v1/me/teams': [myTeam(), myTeam({ id: 't2', contest_id: 'c2', name: 'Idea makers', is_leader: false, member_count: 3 })],
      'GET /api/v1/contests/c1': hackathon,
      'GET /api/v1/contests/c2': ideaContest,
    })
    renderWithApp(withAuth(<MyTeamsRoute />), { path: '/me/teams' })

    expect(await screen.findByRole('article', { name: 'Green streets' })).toBeTruthy()
    const table = await screen.findByRole('table', { name: 'The teams I am in' })
    const leader = within(table).getByRole('row', { name: /모두의 팀/ })
    expect(within(leader).getByRole('link', { name: '모두의 팀' }).getAttribute('href')).toBe('/teams/t1')
    expect(await within(leader).findByRole('link', { name: 'Citizens’ hackathon' })).toBeTruthy()
    expect(within(leader).getByText('Leader')).toBeTruthy()
    expect(within(leader).getByText('2 of at most 4')).toBeTruthy()
    const member = within(table).getByRole('row', { name: /Idea makers/ })
    expect(within(member).getByText('Member')).toBeTruthy()
    expect(await within(member).findByText('3 of at most 3')).toBeTruthy()
  })

  it('asks someone signed out to sign in and come back here', () => {
    renderWithApp(withAuth(<MyTeamsRoute />, { status: 'signed-out' }), { path: '/me/teams' })

    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in?next=%2Fme%2Fteams')
  })
})
