// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { fakeApi, problem } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { judge, stage } from '../testing/fixtures'
import { PanelSection } from './panel-section'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const panel = [judge('j1', 'kim@example.kr'), judge('j2', 'lee@example.kr', 'invited', { assigned: 0, scored: 0, remaining: 0, conflicts: 0 })]

function invite(email: string) {
  fireEvent.change(screen.getByLabelText(/^Email address/), { target: { value: email } })
  fireEvent.click(screen.getByRole('button', { name: 'Send the invitation' }))
}

describe('PanelSection', () => {
  it('lists the judges with their progress and the panel’s total', async () => {
    fakeApi({ 'GET /api/v1/stages/s1/judges': panel })
    renderWithApp(<PanelSection stage={stage} timeZone="Asia/Seoul" />)

    const row = (await screen.findByRole('rowheader', { name: '심사위원 j1 (kim@example.kr)' })).closest('tr')!
    expect(within(row).getByText('4 of 10 submitted · 6 to go · conflicts 1')).toBeTruthy()
    expect(screen.getByRole('rowheader', { name: 'lee@example.kr' }).closest('tr')!.textContent).toContain('Invited (not accepted yet)')
    expect(screen.getByRole('progressbar', { name: 'Scored 4 of 10' })).toBeTruthy()
  })

  it('invites an address and says the invitation was sent', async () => {
    const api = fakeApi({
      'GET /api/v1/stages/s1/judges': panel,
      'POST /api/v1/stages/s1/judges': () => jsonResponse(201, judge('j3', 'park@example.kr', 'invited')),
    })
    renderWithApp(<PanelSection stage={stage} timeZone="Asia/Seoul" />)

    invite('park@example.kr')

    expect(await screen.findByText('An invitation was sent to park@example.kr.')).toBeTruthy()
    expect(api.sent.find((r) => r.method === 'POST')?.body).toEqual({ email: 'park@example.kr' })
  })

  it('says nothing changed when the address is already on the panel', async () => {
    fakeApi({ 'GET /api/v1/stages/s1/judges': panel, 'POST /api/v1/stages/s1/judges': () => jsonResponse(200, panel[0]) })
    renderWithApp(<PanelSection stage={stage} timeZone="Asia/Seoul" />)

    invite('kim@example.kr')

    expect(await screen.findByText('kim@example.kr is already invited or on the panel: nothing changed.')).toBeTruthy()
  })

  it('shows the server’s 422 beside the email field and in the summary', async () => {
    fakeApi({
      'GET /api/v1/stages/s1/judges': panel,
      'POST /api/v1/stages/s1/judges': () => problem(422, 'validation_failed', [{ field: 'email', code: 'invalid_email', message: 'Not an email.' }]),
    })
    renderWithApp(<PanelSection stage={stage} timeZone="Asia/Seoul" />)

    invite('kim@example')

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Please enter a valid email address.' })).toBeTruthy()
    expect(screen.getByLabelText(/^Email address/).getAttribute('aria-invalid')).toBe('true')
  })

  it('shows a 409 as the reason the invitation was refused', async () => {
    fakeApi({ 'GET /api/v1/stages/s1/judges': panel, 'POST /api/v1/stages/s1/judges': () => problem(409, 'stage_closed') })
    renderWithApp(<PanelSection stage={stage} timeZone="Asia/Seoul" />)

    invite('park@example.kr')

    expect((await screen.findByRole('alert')).textContent).toBe('This judging stage is closed.')
  })

  it('refuses an empty address before sending', async () => {
    const api = fakeApi({ 'GET /api/v1/stages/s1/judges': panel })
    renderWithApp(<PanelSection stage={stage} timeZone="Asia/Seoul" />)

    invite('  ')

    expect(await screen.findByRole('link', { name: 'Please enter the address to invite.' })).toBeTruthy()
    expect(api.sent.filter((r) => r.method === 'POST')).toEqual([])
  })

  it('removes a judge only after confirming', async () => {
    const api = fakeApi({ 'GET /api/v1/stages/s1/judges': panel, 'DELETE /api/v1/stages/s1/judges/j1': () => new Response(null, { status: 204 }) })
    renderWithApp(<PanelSection stage={stage} timeZone="Asia/Seoul" />)

    fireEvent.click(await screen.findByRole('button', { name: 'Remove 심사위원 j1 (kim@example.kr)' }))
    expect(api.sent.filter((r) => r.method === 'DELETE')).toEqual([])
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove 심사위원 j1 (kim@example.kr)' }))

    expect(await screen.findByText('심사위원 j1 (kim@example.kr) was removed.')).toBeTruthy()
    await waitFor(() => expect(api.sent.filter((r) => r.path === '/api/v1/stages/s1/judges' && r.method === 'GET')).toHaveLength(2))
  })
})
