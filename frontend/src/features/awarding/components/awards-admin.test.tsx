// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { fakeApi, problem } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { entriesAnswer } from '../../screening/testing/fixtures'
import { announcement, award, awardsRoutes, contest, entries, settings, stageResults } from '../testing/fixtures'
import { AwardsAdmin } from './awards-admin'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

/** The ids each request for entries named, in order (none: an unfiltered read of the list). */
const askedIds = (api: ReturnType<typeof fakeApi>) =>
  (api.routes['GET /api/v1/contests/c1/entries'] as ReturnType<typeof entriesAnswer>).asked
const entryListReads = (api: ReturnType<typeof fakeApi>) => api.sent.filter((r) => r.path === '/api/v1/contests/c1/entries')

const tierSection = (name: string) => screen.getByRole('heading', { name, level: 3 }).closest('section')!
const rowOf = (section: HTMLElement, place: number) =>
  within(section).getByRole('rowheader', { name: `Place ${place}` }).closest('tr')!

describe('AwardsAdmin', () => {
  it('lists each tier’s places with the entry, entrant, final rank and score, and the empty places', async () => {
    fakeApi(awardsRoutes())
    renderWithApp(<AwardsAdmin contest={contest} />)

    await screen.findByText('Proposals follow the final ranking of the last closed judging stage, “Final round”.')
    const grand = tierSection('Grand prize')
    const first = rowOf(grand, 1)
    expect(await within(first).findByText('Morning light (receipt P-0001)')).toBeTruthy()
    expect(within(first).getByText('김하늘')).toBeTruthy()
    expect(within(first).getByText('Rank 1 · 91.5 points')).toBeTruthy()
    expect(within(first).getByText('Proposed from the ranking')).toBeTruthy()
    expect(within(rowOf(tierSection('Excellence award'), 2)).getByText('Empty')).toBeTruthy()
  })

  it('shows the public votes, not the jury’s score, for a people’s-choice place', async () => {
    const popular = { key: 'popular', label: { ko: '인기상', en: 'People’s choice' }, count: 1, peoples_choice: true }
    fakeApi(
      awardsRoutes({
        'GET /api/v1/contests/c1/award-tiers': { ...settings, tiers: [...settings.tiers, popular] },
        'GET /api/v1/contests/c1/awards': [award('grand', 1, 'e1'), award('popular', 1, 'e3')],
        'GET /api/v1/contests/c1/ballot/tally': { voters: 40, entries: [{ entry_id: 'e3', votes: 31, share_of_best: 1 }] },
      }),
    )
    renderWithApp(<AwardsAdmin contest={contest} />)
    const row = rowOf(await screen.findByRole('heading', { name: 'People’s choice', level: 3 }).then((h) => h.closest('section')!), 1)
    expect(await within(row).findByText('31 public votes')).toBeTruthy()
  })

  it('proposes from the final ranking and lists the places that sit on a tie', async () => {
    const api = fakeApi(
      awardsRoutes({
        'GET /api/v1/contests/c1/awards': [],
        'POST /api/v1/contests/c1/awards/propose': {
          awards: [award('grand', 1, 'e1'), award('excellence', 1, 'e2'), award('excellence', 2, 'e3')],
          tied_across_boundary: [{ tier: 'excellence', place: 2, entry_id: 'e3', tied_across_boundary: true }],
        },
      }),
    )
    renderWithApp(<AwardsAdmin contest={contest} />)

    fireEvent.click(await screen.findByRole('button', { name: 'Propose awards from the final ranking' }))
    await screen.findByText('Proposed 3 awards. Check them below and change any place if needed.')
    expect(api.sent.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/api/v1/contests/c1/awards/propose'])
    expect(await screen.findByText('Excellence award, place 2: Quiet street (receipt P-0003)')).toBeTruthy()
    expect(within(rowOf(tierSection('Excellence award'), 2)).getByText('Quiet street (receipt P-0003)')).toBeTruthy()
  })

  it('asks before a new proposal replaces the awards already given', async () => {
    const api = fakeApi(awardsRoutes())
    renderWithApp(<AwardsAdmin contest={contest} />)

    fireEvent.click(await screen.findByRole('button', { name: 'Propose the awards again' }))
    expect(screen.getByText(/The 2 awards given so far, organizers’ changes included, will all be replaced/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Keep the current awards' }))
    expect(api.sent.some((r) => r.method === 'POST')).toBe(false)
  })

  it('says in words why a proposal was refused', async () => {
    fakeApi(awardsRoutes({ 'GET /api/v1/contests/c1/awards': [], 'POST /api/v1/contests/c1/awards/propose': () => problem(409, 'conflict') }))
    renderWithApp(<AwardsAdmin contest={contest} />)
    fireEvent.click(await screen.findByRole('button', { name: 'Propose awards from the final ranking' }))
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Check that the award tiers are saved and the final judging stage is closed.')).toBeTruthy()
  })

  it('changes a place only with a reason, and shows the change with its reason', async () => {
    const api = fakeApi(
      awardsRoutes({
        'PUT /api/v1/contests/c1/awards/excellence/1': (_: Request, body: unknown) =>
          jsonResponse(200, [award('grand', 1, 'e1'), award('excellence', 1, 'e3', (body as { reason: string }).reason)]),
      }),
    )
    renderWithApp(<AwardsAdmin contest={contest} />)
    await screen.findByText('Morning light (receipt P-0001)')

    fireEvent.click(screen.getByRole('button', { name: 'Change Excellence award, place 1' }))
    const form = screen.getByRole('form', { name: 'Change Excellence award, place 1' })
    const choice = within(form).getByLabelText('Entry to give this place to') as HTMLSelectElement
    expect(choice.value).toBe('e2')
    await waitFor(() => expect(choice.options).toHaveLength(4))
    expect(Array.from(choice.options, (o) => o.text)).toEqual([
      'Leave this place empty',
      'Rank 1 — Morning light (receipt P-0001) · 김하늘',
      'Rank 2 — Bridge at dusk (receipt P-0002) · 이바다',
      'Rank 3 — Quiet street (receipt P-0003) · 박숲',
    ])
    fireEvent.change(choice, { target: { value: 'e3' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save the change' }))

    const summary = await within(form).findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Give a reason. It is kept in the audit trail.' })).toBeTruthy()
    expect(api.sent.some((r) => r.method === 'PUT')).toBe(false)

    fireEvent.change(within(form).getByLabelText(/Reason for the change/), { target: { value: 'Entry e2 broke rule 4' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save the change' }))
    const row = rowOf(tierSection('Excellence award'), 1)
    expect(await within(row).findByText('Changed by an organizer')).toBeTruthy()
    expect(within(row).getByText('Reason: Entry e2 broke rule 4')).toBeTruthy()
    expect(within(row).getByText('Quiet street (receipt P-0003)')).toBeTruthy()
    expect(api.sent.find((r) => r.method === 'PUT')?.body).toEqual({ entry_id: 'e3', reason: 'Entry e2 broke rule 4' })
    expect(screen.queryByRole('form', { name: 'Change Excellence award, place 1' })).toBeNull()
  })

  it('names the awarded entries with one request for their ids, not by reading every entry', async () => {
    const api = fakeApi(awardsRoutes())
    renderWithApp(<AwardsAdmin contest={contest} />)

    expect(await screen.findByText('Bridge at dusk (receipt P-0002)')).toBeTruthy()
    expect(askedIds(api)).toEqual([['e1', 'e2']])
    expect(entryListReads(api)).toHaveLength(1)
  })

  it('offers the final ranking’s entries, best first, a hundred at a time, leaving out disqualified ones', async () => {
    const ranked = Array.from({ length: 150 }, (_, i) => `r${String(i + 1).padStart(3, '0')}`)
    const many = ranked.map((id, i) => ({ ...entries[0], id, receipt_number: `P-${id}`, screening: i === 1 ? 'disqualified' : 'eligible' }))
    const api = fakeApi(
      awardsRoutes({
        'GET /api/v1/stages/s1/results': {
          ...stageResults,
          results: { entries: [...ranked].reverse().map((entry) => ({ entry, rank: Number(entry.slice(1)), final_score: 50 })) },
        },
        'GET /api/v1/contests/c1/awards': [award('grand', 1, 'r001')],
        'GET /api/v1/contests/c1/entries': entriesAnswer(many),
      }),
    )
    renderWithApp(<AwardsAdmin contest={contest} />)
    await screen.findByText('Morning light (receipt P-r001)')

    fireEvent.click(screen.getByRole('button', { name: 'Change Grand prize, place 1' }))
    const form = screen.getByRole('form', { name: 'Change Grand prize, place 1' })
    const choice = within(form).getByLabelText('Entry to give this place to') as HTMLSelectElement
    await waitFor(() => expect(choice.options).toHaveLength(100))
    expect(Array.from(choice.options, (o) => o.text).slice(0, 3)).toEqual([
      'Leave this place empty',
      'Rank 1 — Morning light (receipt P-r001) · 김하늘',
      'Rank 3 — Morning light (receipt P-r003) · 김하늘',
    ])
    expect(askedIds(api).at(-1)).toEqual(ranked.slice(0, 100))

    fireEvent.click(within(form).getByRole('button', { name: 'Offer 100 more entries' }))
    await waitFor(() => expect(choice.options).toHaveLength(150))
    expect(askedIds(api).at(-1)).toEqual(ranked.slice(100))
    expect(within(form).queryByRole('button', { name: 'Offer 100 more entries' })).toBeNull()
    expect(askedIds(api).every((ids) => ids.length <= 100)).toBe(true)
    expect(entryListReads(api)).toHaveLength(askedIds(api).length)
  })

  it('once the results are published, says so, offers no change and lists the certificates', async () => {
    const api = fakeApi(
      awardsRoutes({
        'GET /api/v1/contests/c1/announcement': announcement(true),
        'GET /api/v1/contests/c1/certificates': [
          {
            code: 'ABCD-EFGH-JKMN-PQRS',
            award: { ko: '대상', en: 'Grand prize' },
            contest_id: 'c1',
            contest_title: { ko: '사진 공모전', en: 'Photo contest' },
            issued_at: '2026-12-01T01:00:00Z',
            organization_name: '세종시',
            winner_name: '김하늘',
            work_title: 'Morning light',
          },
        ],
      }),
    )
    renderWithApp(<AwardsAdmin contest={contest} />)

    expect(await screen.findByText('Once published, the award tiers and the awards cannot change.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'See the published results' }).getAttribute('href')).toBe('/contests/c1/results')
    expect((screen.getByRole('button', { name: 'Save the tiers' }) as HTMLButtonElement).closest('fieldset')?.disabled).toBe(true)
    expect(screen.queryByRole('button', { name: /Propose/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /^Change / })).toBeNull()
    const code = await screen.findByRole('link', { name: 'ABCD-EFGH-JKMN-PQRS' })
    expect(code.getAttribute('href')).toBe('/certificates/ABCD-EFGH-JKMN-PQRS')
    expect(api.sent.some((r) => r.method !== 'GET')).toBe(false)
  })

  it('shows the API’s refusal plainly when the results were published meanwhile, and turns read-only', async () => {
    let published = false
    fakeApi(
      awardsRoutes({
        'GET /api/v1/contests/c1/announcement': () => jsonResponse(200, announcement(published)),
        'PUT /api/v1/contests/c1/awards/grand/1': () => {
          published = true
          return problem(409, 'results_published')
        },
      }),
    )
    renderWithApp(<AwardsAdmin contest={contest} />)
    await screen.findByText('Morning light (receipt P-0001)')
    fireEvent.click(screen.getByRole('button', { name: 'Change Grand prize, place 1' }))
    const form = screen.getByRole('form', { name: 'Change Grand prize, place 1' })
    fireEvent.change(within(form).getByLabelText(/Reason for the change/), { target: { value: 'Late appeal' } })
    fireEvent.click(within(form).getByRole('button', { name: 'Save the change' }))
    await screen.findByText('Once published, the award tiers and the awards cannot change.')
    expect(screen.queryByRole('button', { name: /^Change / })).toBeNull()
  })
})
