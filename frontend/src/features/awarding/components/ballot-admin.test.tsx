// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import type { BallotView } from '../../../lib/api/types'
import { fakeApi } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { entriesAnswer } from '../../screening/testing/fixtures'
import { contest, entries, stages, vote } from '../testing/fixtures'
import { BallotAdmin } from './ballot-admin'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const ballot: BallotView = {
  id: 'b1',
  contest_id: 'c1',
  scope: 'all',
  stage_id: null,
  state: 'open',
  max_votes: 1,
  // 23:00 UTC is 08:00 the next day in Seoul.
  opens_at: '2026-12-01T23:00:00Z',
  closes_at: '2026-12-10T09:00:00Z',
  version: 2,
}

const signals = {
  bursts: [{ from: '2026-12-02T01:00:00Z', to: '2026-12-02T01:08:00Z', votes: 14, vote_ids: [] }],
  shared_networks: [{ network: '10.1.2.0/24', voters: 6, votes: 9 }],
  fresh_accounts: [{ vote_id: 'v9', voter_id: 'u-fresh', minutes_after_signup: 4 }],
}

const routes = (overrides: Record<string, unknown> = {}) => ({
  'GET /api/v1/contests/c1/ballot': ballot,
  'GET /api/v1/contests/c1/ballot/tally': { voters: 0, entries: [] },
  'GET /api/v1/contests/c1/ballot/signals': { bursts: [], shared_networks: [], fresh_accounts: [] },
  'GET /api/v1/contests/c1/ballot/votes': { items: [], next_cursor: null },
  'GET /api/v1/contests/c1/stages': stages,
  'GET /api/v1/contests/c1/entries': entriesAnswer(entries),
  ...overrides,
})

const settingsForm = () => screen.getByRole('form', { name: 'Vote settings' })

describe('BallotAdmin', () => {
  it('sets up a ballot of finalists with its window typed in the contest’s time zone and sent in UTC', async () => {
    const api = fakeApi(
      routes({
        'GET /api/v1/contests/c1/ballot': () => jsonResponse(404, { type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found' }),
        'PUT /api/v1/contests/c1/ballot': (_: Request, body: unknown) =>
          jsonResponse(201, { ...ballot, ...(body as object), state: 'upcoming', version: 1 }),
      }),
    )
    renderWithApp(<BallotAdmin contest={contest} />)

    await screen.findByText('This contest has no public vote yet. Setting it up below creates it.')
    const form = settingsForm()
    expect(within(form).getByText('In the contest’s time zone, Korean Standard Time (Asia/Seoul).')).toBeTruthy()
    fireEvent.change(within(form).getByLabelText(/Voting opens/), { target: { value: '2026-12-02T08:00' } })
    expect(within(form).getByText(/That is .*2 December 2026 at 08:00 \(Korean Standard Time\)\./)).toBeTruthy()
    fireEvent.change(within(form).getByLabelText(/Voting closes/), { target: { value: '2026-12-10T18:00' } })
    fireEvent.click(within(form).getByLabelText('The entries of one judging stage (the finalists)'))
    await within(form).findByRole('option', { name: 'Final round' })
    fireEvent.change(within(form).getByLabelText(/Judging stage whose entries are the finalists/), { target: { value: 's1' } })
    fireEvent.change(within(form).getByLabelText(/Votes per voter/), { target: { value: '3' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Set up the public vote' }))

    await screen.findByText('The vote settings are saved.')
    expect(api.sent.find((r) => r.method === 'PUT')?.body).toEqual({
      opens_at: '2026-12-01T23:00:00.000Z',
      closes_at: '2026-12-10T09:00:00.000Z',
      scope: 'finalists',
      stage_id: 's1',
      max_votes: 3,
      version: null,
    })
    expect(await screen.findByText(/Voting opens on .*2 December 2026 at 08:00/)).toBeTruthy()
    expect(screen.getByText('Each voter has up to 3 votes, at most one per entry.')).toBeTruthy()
  })

  it('refuses a window that closes before it opens without asking the server', async () => {
    const api = fakeApi(routes())
    renderWithApp(<BallotAdmin contest={contest} />)
    const closes = await screen.findByLabelText(/Voting closes/)
    fireEvent.change(closes, { target: { value: '2026-12-01T07:00' } })
    fireEvent.click(within(settingsForm()).getByRole('button', { name: 'Save the vote settings' }))

    const summary = await within(settingsForm()).findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Voting must close after it opens.' }).getAttribute('href')).toBe('#ballot-closes-at')
    expect(api.sent.some((r) => r.method === 'PUT')).toBe(false)
  })

  it('once votes exist lets only the closing time change', async () => {
    fakeApi(routes({ 'GET /api/v1/contests/c1/ballot/tally': { voters: 3, entries: [{ entry_id: 'e1', votes: 3, share_of_best: 1 }] } }))
    renderWithApp(<BallotAdmin contest={contest} />)

    await screen.findByText('Votes have been cast: only the closing time can change.')
    const form = settingsForm()
    expect((within(form).getByLabelText(/Voting opens/) as HTMLInputElement).disabled).toBe(true)
    expect((within(form).getByLabelText(/Votes per voter/) as HTMLInputElement).disabled).toBe(true)
    expect((within(form).getByLabelText('Every eligible entry') as HTMLInputElement).disabled).toBe(true)
    expect((within(form).getByLabelText(/Voting closes/) as HTMLInputElement).disabled).toBe(false)
  })

  it('shows the tally to the organizer, ranked, with each entry named', async () => {
    fakeApi(
      routes({
        'GET /api/v1/contests/c1/ballot/tally': {
          voters: 12,
          entries: [
            { entry_id: 'e2', votes: 8, share_of_best: 1 },
            { entry_id: 'e1', votes: 4, share_of_best: 0.5 },
          ],
        },
      }),
    )
    renderWithApp(<BallotAdmin contest={contest} />)
    const tally = (await screen.findByRole('heading', { name: 'Tally' })).closest('section')!
    expect(within(tally).getByText('Voters with a standing vote: 12')).toBeTruthy()
    const rows = await within(tally).findAllByRole('row')
    await waitFor(() => expect(rows[1].textContent).toContain('Bridge at dusk (receipt P-0002)'))
    expect(rows.map((row) => Array.from(row.children, (cell) => cell.textContent))).toEqual([
      ['Rank', 'Entry', 'Votes', 'Share of the most votes'],
      ['1', 'Bridge at dusk (receipt P-0002)', '8', '100%'],
      ['2', 'Morning light (receipt P-0001)', '4', '50%'],
    ])
    expect(within(tally).getByRole('button', { name: 'Download the tally (CSV)' })).toBeTruthy()
  })

  it('presents fraud signals as leads to review, and opens the votes of a signalled network', async () => {
    const asked: string[] = []
    fakeApi(
      routes({
        'GET /api/v1/contests/c1/ballot/signals': signals,
        'GET /api/v1/contests/c1/ballot/votes': (request: Request) => {
          asked.push(new URL(request.url).search)
          const network = new URL(request.url).searchParams.get('network')
          return jsonResponse(200, { items: network ? [vote('v1', 'e1', 'u-7')] : [], next_cursor: null })
        },
      }),
    )
    renderWithApp(<BallotAdmin contest={contest} />)

    const section = (await screen.findByRole('heading', { name: 'Signals to review' })).closest('section')!
    expect(within(section).getByText(/they are not verdicts/)).toBeTruthy()
    expect(await within(section).findByText(/14 votes from new accounts:/)).toBeTruthy()
    expect(within(section).getByText('10.1.2.0/24')).toBeTruthy()
    expect(within(section).getByText('4 min')).toBeTruthy()
    expect(screen.getByText('No votes match.')).toBeTruthy()

    fireEvent.click(within(section).getByRole('button', { name: 'Show votes from network 10.1.2.0/24' }))
    const votes = screen.getByRole('heading', { name: 'Votes' }).closest('section')!
    expect(await within(votes).findByText('u-7')).toBeTruthy()
    expect(asked.at(-1)).toContain('network=10.1.2.0%2F24')
    expect((within(votes).getByLabelText(/^Network/) as HTMLInputElement).value).toBe('10.1.2.0/24')
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Votes' }))
  })

  it('voids a vote only with a reason, then reads the votes and tally again', async () => {
    let voided = false
    const api = fakeApi(
      routes({
        'GET /api/v1/contests/c1/ballot/votes': () =>
          jsonResponse(200, { items: [vote('v1', 'e1', 'u-7', voided ? 'Same person, two accounts' : undefined)], next_cursor: null }),
        'POST /api/v1/votes/v1/void': (_: Request, body: unknown) => {
          voided = true
          return jsonResponse(200, vote('v1', 'e1', 'u-7', (body as { reason: string }).reason))
        },
      }),
    )
    renderWithApp(<BallotAdmin contest={contest} />)

    const voidButton = await screen.findByRole('button', { name: /^Void the vote of u-7 for / })
    fireEvent.click(voidButton)
    const form = screen.getByRole('form', { name: /^Void the vote of u-7 for / })
    fireEvent.click(within(form).getByRole('button', { name: 'Void the vote' }))
    const summary = await within(form).findByRole('alert')
    expect(within(summary).getByText('Give a reason. It is kept in the audit trail.')).toBeTruthy()
    expect(api.sent.some((r) => r.method === 'POST')).toBe(false)

    fireEvent.change(within(form).getByLabelText(/Why void this vote/), { target: { value: 'Same person, two accounts' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Void the vote' }))
    await screen.findByText('The vote is void. The tally and signals have been read again.')
    expect(api.sent.find((r) => r.method === 'POST')).toEqual({
      method: 'POST',
      path: '/api/v1/votes/v1/void',
      body: { reason: 'Same person, two accounts' },
    })
    expect(await screen.findByText('Void: Same person, two accounts')).toBeTruthy()
    expect(screen.getByRole('button', { name: /^Restore the vote of u-7 for / })).toBeTruthy()
    expect(api.sent.filter((r) => r.path === '/api/v1/contests/c1/ballot/tally').length).toBeGreaterThan(1)
  })
})
