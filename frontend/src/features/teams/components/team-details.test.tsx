// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { fakeApi, problem } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { hackathon, noEntries, team } from '../testing/fixtures'
import { TeamDetails } from './team-details'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const invitationView = { id: 'i9', email: 'friend@example.kr', created_at: '2026-09-04T00:00:00Z', expires_at: '2026-09-11T00:00:00Z' }

const typeEmail = (value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: /Email of the person to invite/ }), { target: { value } })
const sendInvitation = () => fireEvent.click(screen.getByRole('button', { name: 'Send invitation' }))

describe('TeamDetails as the leader sees it', () => {
  it('shows the contest, the size limits and how many members the team still needs', () => {
    fakeApi({ 'GET /api/v1/me/entries': noEntries })
    renderWithApp(<TeamDetails team={team({ member_count: 1, members: [team().members[0]] })} contest={hackathon} viewerId="u1" />)

    expect(screen.getByRole('link', { name: 'Citizens’ hackathon' }).getAttribute('href')).toBe('/contests/c1')
    expect(screen.getByText('2 to 4 people')).toBeTruthy()
    expect(screen.getByText('1 of at most 4')).toBeTruthy()
    expect(screen.getByText('The team needs 1 more member(s) before its entry can be submitted.')).toBeTruthy()
  })

  it('the leader invites by email and sees the invitation sent', async () => {
    const api = fakeApi({
      'GET /api/v1/me/entries': noEntries,
      'POST /api/v1/teams/t1/invitations': () => jsonResponse(201, invitationView),
      'GET /api/v1/teams/t1': team({ invitations: [invitationView] }),
    })
    renderWithApp(<TeamDetails team={team()} contest={hackathon} viewerId="u1" />)

    typeEmail('friend@example.kr')
    sendInvitation()

    await screen.findByText('Invitation sent to friend@example.kr.')
    expect(api.sent.find((r) => r.method === 'POST')?.body).toEqual({ email: 'friend@example.kr' })
  })

  it('inviting an address already invited says no new email was sent', async () => {
    fakeApi({
      'GET /api/v1/me/entries': noEntries,
      'POST /api/v1/teams/t1/invitations': () => jsonResponse(200, invitationView),
    })
    renderWithApp(<TeamDetails team={team()} contest={hackathon} viewerId="u1" />)

    typeEmail('friend@example.kr')
    sendInvitation()

    await screen.findByText('friend@example.kr has already been invited; no new email was sent.')
  })

  it('an invalid address (422) is shown at the email field and in the summary', async () => {
    fakeApi({
      'GET /api/v1/me/entries': noEntries,
      'POST /api/v1/teams/t1/invitations': () =>
        problem(422, 'validation_failed', [{ field: 'email', code: 'invalid_email', message: 'Not an email address.' }]),
    })
    renderWithApp(<TeamDetails team={team()} contest={hackathon} viewerId="u1" />)

    typeEmail('friend-at-example')
    sendInvitation()

    const input = screen.getByRole('textbox', { name: /Email of the person to invite/ })
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'))
    const errorId = input.getAttribute('aria-describedby')!.split(' ').find((id) => id.endsWith('-error'))!
    expect(document.getElementById(errorId)?.textContent).toBe(
      screen.getByRole('link', { name: /^Email of the person to invite: / }).textContent!.replace(/^Email of the person to invite: /, ''),
    )
  })

  it('a full team (409) is said to be full', async () => {
    fakeApi({
      'GET /api/v1/me/entries': noEntries,
      'POST /api/v1/teams/t1/invitations': () => problem(409, 'team_full'),
    })
    renderWithApp(<TeamDetails team={team()} contest={hackathon} viewerId="u1" />)

    typeEmail('friend@example.kr')
    sendInvitation()

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByText('The invitation was not sent.')).toBeTruthy()
    expect(within(summary).getByText('The team is full.')).toBeTruthy()
  })

  it('offers no invitation form once the team has as many members as the contest allows', () => {
    fakeApi({ 'GET /api/v1/me/entries': noEntries })
    renderWithApp(<TeamDetails team={team({ member_count: 4 })} contest={hackathon} viewerId="u1" />)

    expect(screen.getByText('The team is full: no one more can be invited.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Send invitation' })).toBeNull()
  })

  it('cancelling the removal keeps the member and sends nothing', () => {
    const api = fakeApi({ 'GET /api/v1/me/entries': noEntries })
    renderWithApp(<TeamDetails team={team()} contest={hackathon} viewerId="u1" />)

    fireEvent.click(screen.getByRole('button', { name: 'Remove 이영희' }))
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))

    expect(screen.getByRole('button', { name: 'Remove 이영희' })).toBeTruthy()
    expect(api.sent.some((r) => r.method === 'DELETE')).toBe(false)
  })

  it('a member the submitted entry needs (422 team_too_small) stays, and the leader is told why', async () => {
    fakeApi({
      'GET /api/v1/me/entries': noEntries,
      'DELETE /api/v1/teams/t1/members/u2': () => problem(422, 'team_too_small'),
    })
    renderWithApp(<TeamDetails team={team()} contest={hackathon} viewerId="u1" />)

    fireEvent.click(screen.getByRole('button', { name: 'Remove 이영희' }))
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove' }))

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The team’s submitted entry needs this member: withdraw the entry first.',
    )
  })

  it('links to the team’s entry when there is one', async () => {
    fakeApi({
      'GET /api/v1/me/entries': {
        items: [{ ...noEntries, id: 'e1', contest_id: 'c1', team_id: 't1', status: 'draft', contest_state: 'open', contest_title: hackathon.title, answers: {}, version: 1, created_at: '', updated_at: '' }],
        next_cursor: null,
      },
    })
    renderWithApp(<TeamDetails team={team()} contest={hackathon} viewerId="u1" />)

    const link = await screen.findByRole('link', { name: 'Draft' })
    expect(link.getAttribute('href')).toBe('/contests/c1/entry?entry=e1')
  })
})

describe('TeamDetails as a member sees it', () => {
  it('shows no invitation form nor removal, and the member leaves after confirming', async () => {
    const api = fakeApi({
      'GET /api/v1/me/entries': noEntries,
      'DELETE /api/v1/teams/t1/members/u2': () => new Response(null, { status: 204 }),
    })
    renderWithApp(
      <Routes>
        <Route path="/teams/t1" element={<TeamDetails team={team()} contest={hackathon} viewerId="u2" />} />
        <Route path="/me/teams" element={<p>my teams page</p>} />
      </Routes>,
      { path: '/teams/t1' },
    )

    expect(screen.queryByRole('button', { name: 'Send invitation' })).toBeNull()
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull()
    await screen.findByText('The team has no entry yet. The leader writes the team’s entry.')
    fireEvent.click(screen.getByRole('button', { name: 'Leave the team' }))
    fireEvent.click(screen.getByRole('button', { name: 'Yes, leave' }))

    await screen.findByText('my teams page')
    expect(api.sent.some((r) => r.method === 'DELETE' && r.path === '/api/v1/teams/t1/members/u2')).toBe(true)
  })
})
