// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { withAuth } from '../../../testing/auth'
import { fakeApi, problem } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { ContestDetails } from '../../contests/components/contest-details'
import { hackathon, myTeam, team } from '../testing/fixtures'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const renderContestPage = (contest = hackathon, auth?: Parameters<typeof withAuth>[1]) =>
  renderWithApp(
    withAuth(
      <Routes>
        <Route path="/contests/:contestId" element={<ContestDetails contest={contest} />} />
        <Route path="/teams/:teamId" element={<p>the team page</p>} />
      </Routes>,
      auth,
    ),
    { path: `/contests/${contest.id}` },
  )

const teamsPanel = () => screen.getByRole('region', { name: 'Entering as a team' })

describe('creating a team from the contest page', () => {
  it('creates the team with the name given and opens its page', async () => {
    const api = fakeApi({
      'GET /api/v1/me/teams': [],
      'POST /api/v1/contests/c1/teams': () => jsonResponse(201, team({ member_count: 1, members: [team().members[0]] })),
    })
    renderContestPage()

    const name = await within(teamsPanel()).findByRole('textbox', { name: /Team name/ })
    fireEvent.change(name, { target: { value: '  모두의 팀 ' } })
    fireEvent.click(within(teamsPanel()).getByRole('button', { name: 'Create team' }))

    await screen.findByText('the team page')
    expect(api.sent.find((r) => r.method === 'POST')).toEqual({
      method: 'POST',
      path: '/api/v1/contests/c1/teams',
      body: { name: '모두의 팀' },
    })
  })

  it('a name taken in the contest (409) is said to be taken', async () => {
    fakeApi({ 'GET /api/v1/me/teams': [], 'POST /api/v1/contests/c1/teams': () => problem(409, 'conflict') })
    renderContestPage()

    fireEvent.change(await screen.findByRole('textbox', { name: /Team name/ }), { target: { value: '모두의 팀' } })
    fireEvent.click(screen.getByRole('button', { name: 'Create team' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByText('A team with this name exists in this contest: please choose another.')).toBeTruthy()
  })

  it('an empty name is asked for before anything is sent', async () => {
    const api = fakeApi({ 'GET /api/v1/me/teams': [] })
    renderContestPage()

    fireEvent.click(await screen.findByRole('button', { name: 'Create team' }))

    expect(await screen.findByRole('link', { name: 'Team name: Enter a team name of at most 50 characters.' })).toBeTruthy()
    expect(api.sent.some((r) => r.method === 'POST')).toBe(false)
  })

  it('someone already in a team of the contest is shown their team instead of the form', async () => {
    fakeApi({ 'GET /api/v1/me/teams': [myTeam({ is_leader: false })] })
    renderContestPage()

    expect(await within(teamsPanel()).findByText(/You are a member of team 모두의 팀 in this contest./)).toBeTruthy()
    expect(within(teamsPanel()).getByRole('link', { name: 'Open team 모두의 팀' }).getAttribute('href')).toBe('/teams/t1')
    expect(screen.queryByRole('button', { name: 'Create team' })).toBeNull()
  })

  it('someone signed out is asked to sign in and come back to the contest', () => {
    renderContestPage(hackathon, { status: 'signed-out' })

    expect(within(teamsPanel()).getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in?next=%2Fcontests%2Fc1')
  })

  it('a contest that takes individual entries only shows nothing about teams', () => {
    fakeApi({})
    renderContestPage({ ...hackathon, eligibility: { max_entries_per_person: 1 } })

    expect(screen.queryByRole('region', { name: 'Entering as a team' })).toBeNull()
  })
})
