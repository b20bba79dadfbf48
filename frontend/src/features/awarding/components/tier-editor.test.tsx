// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { fakeApi, problem } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { settings } from '../testing/fixtures'
import { TierEditor } from './tier-editor'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const tierHeadings = () => screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
const saveTiers = () => fireEvent.click(screen.getByRole('button', { name: 'Save the tiers' }))

describe('TierEditor', () => {
  it('adds, names, reorders and removes tiers, then saves the whole list at once', async () => {
    const api = fakeApi({
      'PUT /api/v1/contests/c1/award-tiers': (_: Request, body: unknown) =>
        jsonResponse(200, { ...(body as object), one_award_per_entrant: true, version: 4 }),
    })
    renderWithApp(<TierEditor contestId="c1" settings={settings} lock={null} />)
    expect(tierHeadings()).toEqual(['1. 대상', '2. 우수상'])

    fireEvent.click(screen.getByRole('button', { name: 'Add a tier' }))
    const third = screen.getByRole('group', { name: '3. Unnamed tier' })
    fireEvent.change(within(third).getByLabelText(/Name \(Korean\)/), { target: { value: '장려상' } })
    fireEvent.change(within(third).getByLabelText(/Number of winners/), { target: { value: '3' } })
    fireEvent.click(screen.getByRole('button', { name: 'Move tier 3, 장려상, up' }))
    expect(tierHeadings()).toEqual(['1. 대상', '2. 장려상', '3. 우수상'])
    expect(screen.getByText('장려상 is now tier 2.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Remove tier 1, 대상' }))
    expect(tierHeadings()).toEqual(['1. 장려상', '2. 우수상'])

    saveTiers()
    await screen.findByText('Saved 2 award tiers.')
    expect(api.sent.find((r) => r.method === 'PUT')?.body).toEqual({
      tiers: [
        { key: 'tier_3', label: { ko: '장려상', en: null }, count: 3, prize: null, peoples_choice: false },
        { key: 'excellence', label: { ko: '우수상', en: 'Excellence award' }, count: 2, prize: null, peoples_choice: false },
      ],
      one_award_per_entrant: true,
      version: 3,
    })
  })

  it('keeps the first tier’s “up” and the last tier’s “down” disabled', () => {
    fakeApi({})
    renderWithApp(<TierEditor contestId="c1" settings={settings} lock={null} />)
    expect((screen.getByRole('button', { name: 'Move tier 1, 대상, up' }) as HTMLButtonElement).disabled).toBe(true)
    expect((screen.getByRole('button', { name: 'Move tier 2, 우수상, down' }) as HTMLButtonElement).disabled).toBe(true)
  })

  it('refuses a count below one and a missing Korean name before sending anything', async () => {
    const api = fakeApi({})
    renderWithApp(<TierEditor contestId="c1" settings={settings} lock={null} />)
    const second = screen.getByRole('group', { name: '2. 우수상' })
    fireEvent.change(within(second).getByLabelText(/Number of winners/), { target: { value: '0' } })
    fireEvent.change(within(second).getByLabelText(/Name \(Korean\)/), { target: { value: ' ' } })

    saveTiers()
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByText('The tiers were not saved. Please correct the following.')).toBeTruthy()
    const countLink = within(summary).getByRole('link', { name: 'Tier 2: Out of range: enter a whole number from 1.' })
    expect(countLink.getAttribute('href')).toMatch(/-count$/)
    expect(within(summary).getByRole('link', { name: 'Tier 2: Fill this in.' })).toBeTruthy()
    expect(within(second).getByLabelText(/Number of winners/).getAttribute('aria-invalid')).toBe('true')
    expect(api.sent).toEqual([])
  })

  it('shows the server’s field errors on the tier they belong to', async () => {
    fakeApi({
      'PUT /api/v1/contests/c1/award-tiers': () =>
        problem(422, 'validation_failed', [{ field: 'tiers[0].label.ko', code: 'invalid_length', message: 'Between 1 and 50 characters.' }]),
    })
    renderWithApp(<TierEditor contestId="c1" settings={settings} lock={null} />)
    saveTiers()
    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Tier 1: This is empty or too long.' })).toBeTruthy()
  })

  it('cannot be changed once awards are given, and says how to free it', () => {
    fakeApi({})
    renderWithApp(<TierEditor contestId="c1" settings={settings} lock="awarded" />)
    expect(screen.getByText(/Awards have been given, so the tiers are fixed/)).toBeTruthy()
    expect((screen.getByRole('button', { name: 'Add a tier' }) as HTMLButtonElement).closest('fieldset')?.disabled).toBe(true)
    expect((screen.getAllByLabelText(/Name \(Korean\)/)[0] as HTMLInputElement).closest('fieldset:disabled')).toBeTruthy()
  })
})
