// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import type { BallotEntry, BallotView } from '../../../lib/api/types'
import { citizen, withAuth } from '../../../testing/auth'
import { fakeApi, problem } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { contest } from '../../results/testing/fixtures'
import { PublicVote } from './public-vote'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
  URL.createObjectURL = vi.fn(() => 'blob:thumbnail')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const ballot = (state: string, maxVotes = 2): BallotView => ({
  id: 'b1',
  contest_id: 'c1',
  scope: 'all',
  stage_id: null,
  state,
  max_votes: maxVotes,
  // 23:00 UTC is 08:00 the next day in Seoul.
  opens_at: '2026-12-01T23:00:00Z',
  closes_at: '2026-12-10T09:00:00Z',
  version: 1,
})

const entry = (id: string, title: string, withImage = false): BallotEntry => ({
  entry_id: id,
  category: null,
  answers: { title, place: 'Sejong' } as unknown as Record<string, never>,
  files: withImage ? [{ id: `f-${id}`, slot: 'photos', kind: 'jpeg', thumbnail_ready: true }] : [],
})

const entries = [entry('e1', 'Morning light', true), entry('e2', 'Bridge at dusk'), entry('e3', 'Quiet street')]

describe('PublicVote', () => {
  it('lets a verified citizen choose up to the limit, saves with PUT my-votes and shows the saved votes', async () => {
    const api = fakeApi({
      'GET /api/v1/contests/c1/ballot': ballot('open'),
      'GET /api/v1/contests/c1/ballot/entries': { items: entries, next_cursor: null },
      'GET /api/v1/contests/c1/my-votes': { entries: [], max_votes: 2, open: true },
      'GET /api/v1/files/f-e1/thumbnail': () => new Response(new Blob(['jpeg']), { status: 200, headers: { 'Content-Type': 'image/jpeg' } }),
      'PUT /api/v1/contests/c1/my-votes': (_: Request, body: unknown) =>
        jsonResponse(200, { entries: (body as { entries: string[] }).entries, max_votes: 2, open: true }),
    })
    renderWithApp(withAuth(<PublicVote contest={contest} />))

    // The window in the contest's time zone, and the rule
    await screen.findByText(/2 December 2026 at 08:00 \(Korean Standard Time\)/)
    const ballotForm = await screen.findByRole('group', { name: 'Entries on the ballot' })
    expect(screen.getByText('You have not voted yet.')).toBeTruthy()
    expect(within(ballotForm).getByText('Choose up to 2. Your votes count once you save them.')).toBeTruthy()
    // The thumbnail comes through the signed-in file fetch
    await waitFor(() =>
      expect(within(ballotForm).getByRole('img', { name: 'Image of Morning light' }).getAttribute('src')).toBe('blob:thumbnail'),
    )

    const box = (name: string) => within(ballotForm).getByRole('checkbox', { name }) as HTMLInputElement
    fireEvent.click(box('Morning light'))
    fireEvent.click(box('Quiet street'))
    expect(screen.getByText(/2 of 2 chosen\. To choose another entry, untick one first\. Not saved yet\./)).toBeTruthy()
    // The limit: the third cannot be ticked until one is unticked
    expect(box('Bridge at dusk').disabled).toBe(true)
    fireEvent.click(box('Quiet street'))
    expect(box('Bridge at dusk').disabled).toBe(false)
    fireEvent.click(box('Bridge at dusk'))

    fireEvent.click(screen.getByRole('button', { name: 'Save my votes' }))
    await screen.findByText('Your votes are saved (2 in all).')
    expect(api.sent.find((r) => r.method === 'PUT')?.body).toEqual({ entries: ['e1', 'e2'] })
    const mine = screen.getByRole('heading', { name: 'Your votes' }).closest('section')!
    expect(within(mine).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Morning light', 'Bridge at dusk'])
    expect(screen.queryByText(/Not saved yet/)).toBeNull()
  })

  it('starts from the votes already cast', async () => {
    fakeApi({
      'GET /api/v1/contests/c1/ballot': ballot('open', 1),
      'GET /api/v1/contests/c1/ballot/entries': { items: entries, next_cursor: null },
      'GET /api/v1/contests/c1/my-votes': { entries: ['e3'], max_votes: 1, open: true },
    })
    renderWithApp(withAuth(<PublicVote contest={contest} />))

    const ballotForm = await screen.findByRole('group', { name: 'Entries on the ballot' })
    expect((within(ballotForm).getByRole('checkbox', { name: 'Quiet street' }) as HTMLInputElement).checked).toBe(true)
    expect((within(ballotForm).getByRole('checkbox', { name: 'Morning light' }) as HTMLInputElement).disabled).toBe(true)
    const mine = screen.getByRole('heading', { name: 'Your votes' }).closest('section')!
    expect(within(mine).getByText('Quiet street')).toBeTruthy()
  })

  it('shows the server’s refusal in words when voting has just closed', async () => {
    fakeApi({
      'GET /api/v1/contests/c1/ballot': ballot('open', 1),
      'GET /api/v1/contests/c1/ballot/entries': { items: entries, next_cursor: null },
      'GET /api/v1/contests/c1/my-votes': { entries: [], max_votes: 1, open: true },
      'PUT /api/v1/contests/c1/my-votes': () => problem(409, 'voting_closed'),
    })
    renderWithApp(withAuth(<PublicVote contest={contest} />))

    fireEvent.click(await screen.findByRole('checkbox', { name: 'Bridge at dusk' }))
    fireEvent.click(screen.getByRole('button', { name: 'Save my votes' }))
    expect(within(await screen.findByRole('alert')).getByText('Voting is not open now.')).toBeTruthy()
  })

  it('outside the window says so and asks for no entries', async () => {
    const api = fakeApi({ 'GET /api/v1/contests/c1/ballot': ballot('upcoming') })
    renderWithApp(withAuth(<PublicVote contest={contest} />))

    await screen.findByText('Voting has not opened yet. Once it opens, you can vote on this page.')
    expect(api.sent.map((r) => r.path)).toEqual(['/api/v1/contests/c1/ballot'])
  })

  it('asks a signed-out reader to sign in, and a citizen with an unverified email to verify first', async () => {
    fakeApi({ 'GET /api/v1/contests/c1/ballot': ballot('open') })
    renderWithApp(withAuth(<PublicVote contest={contest} />, { status: 'signed-out' }))
    const signIn = await screen.findByRole('link', { name: 'Sign in' })
    expect(signIn.getAttribute('href')).toBe('/sign-in?next=%2Fcontests%2Fc1%2Fvote')
    cleanup()

    const unverified = { ...citizen, email_verified: false, restrictions: ['email_unverified' as const] }
    renderWithApp(withAuth(<PublicVote contest={contest} />, { status: 'signed-in', user: unverified }))
    await screen.findByText('You cannot vote yet.')
    expect(screen.getByText(/Your email is not verified yet/)).toBeTruthy()
    expect(screen.queryByRole('group', { name: 'Entries on the ballot' })).toBeNull()
  })

  it('says when the contest has no public vote', async () => {
    fakeApi({ 'GET /api/v1/contests/c1/ballot': () => problem(404, 'not_found') })
    renderWithApp(withAuth(<PublicVote contest={contest} />))
    await screen.findByText('This contest has no public vote.')
  })
})
