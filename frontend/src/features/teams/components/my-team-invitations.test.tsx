// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { fakeApi, problem } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { invitation, team } from '../testing/fixtures'
import { MyTeamInvitations } from './my-team-invitations'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

/** The list answers with the invitation until it has been answered. */
function invitationsUntilAnswered() {
  let answered = false
  return {
    list: () => jsonResponse(200, answered ? [] : [invitation()]),
    answer: (response: Response) => () => {
      if (response.ok) answered = true
      return response
    },
  }
}

describe('MyTeamInvitations', () => {
  it('accepting an invitation joins the team and links to its page', async () => {
    const server = invitationsUntilAnswered()
    const api = fakeApi({
      'GET /api/v1/me/team-invitations': server.list,
      'POST /api/v1/team-invitations/i1/accept': server.answer(jsonResponse(200, team({ member_count: 3 }))),
    })
    renderWithApp(<MyTeamInvitations />)

    const card = await screen.findByRole('article', { name: '모두의 팀' })
    expect(within(card).getByRole('link', { name: 'Citizens’ hackathon' }).getAttribute('href')).toBe('/contests/c1')
    fireEvent.click(within(card).getByRole('button', { name: 'Accept the invitation to team 모두의 팀' }))

    await screen.findByText('You joined team 모두의 팀.')
    expect(screen.getByRole('link', { name: 'Open team 모두의 팀' }).getAttribute('href')).toBe('/teams/t1')
    await screen.findByText('No invitation is waiting for your answer.')
    expect(api.sent.some((r) => r.method === 'POST' && r.path === '/api/v1/team-invitations/i1/accept')).toBe(true)
  })

  it('declining an invitation removes it from the list and says so', async () => {
    const server = invitationsUntilAnswered()
    fakeApi({
      'GET /api/v1/me/team-invitations': server.list,
      'POST /api/v1/team-invitations/i1/decline': server.answer(new Response(null, { status: 204 })),
    })
    renderWithApp(<MyTeamInvitations />)

    fireEvent.click(await screen.findByRole('button', { name: 'Decline the invitation to team 모두의 팀' }))

    await screen.findByText('You declined the invitation to team 모두의 팀.')
    expect(await screen.findByText('No invitation is waiting for your answer.')).toBeTruthy()
    expect(screen.queryByRole('article')).toBeNull()
  })

  it('a full team is given as the reason the invitation cannot be accepted, and the invitation stays', async () => {
    fakeApi({
      'GET /api/v1/me/team-invitations': [invitation()],
      'POST /api/v1/team-invitations/i1/accept': () => problem(409, 'team_full'),
    })
    renderWithApp(<MyTeamInvitations />)

    const card = await screen.findByRole('article', { name: '모두의 팀' })
    fireEvent.click(within(card).getByRole('button', { name: /Accept/ }))

    const alert = await within(card).findByRole('alert')
    expect(alert.textContent).toBe('The team is full.')
    expect(within(card).getByRole('button', { name: /Decline/ })).toBeTruthy()
  })

  it('being in another team of the contest already is given as the reason', async () => {
    fakeApi({
      'GET /api/v1/me/team-invitations': [invitation()],
      'POST /api/v1/team-invitations/i1/accept': () => problem(409, 'already_in_team'),
    })
    renderWithApp(<MyTeamInvitations />)

    fireEvent.click(await screen.findByRole('button', { name: /Accept/ }))

    expect((await screen.findByRole('alert')).textContent).toBe('You are already in a team for this contest.')
  })

  it('an invitation answered elsewhere meanwhile is said to be answered, not a vague conflict', async () => {
    fakeApi({
      'GET /api/v1/me/team-invitations': [invitation()],
      'POST /api/v1/team-invitations/i1/decline': () => problem(409, 'conflict'),
    })
    renderWithApp(<MyTeamInvitations />)

    fireEvent.click(await screen.findByRole('button', { name: /Decline/ }))

    expect((await screen.findByRole('alert')).textContent).toBe('This invitation has already been answered.')
  })

  it('an unverified email address is asked to be verified first, with a way to the account page', async () => {
    fakeApi({ 'GET /api/v1/me/team-invitations': () => problem(403, 'account_restricted') })
    renderWithApp(<MyTeamInvitations />)

    await screen.findByText(/Please verify your email address first to see and answer team invitations./)
    expect(screen.getByRole('link', { name: 'My account' }).getAttribute('href')).toBe('/me')
  })
})
