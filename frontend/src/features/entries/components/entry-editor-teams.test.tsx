// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import type { EntryView } from '../../../lib/api/types'
import { fakeApi } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { hackathon, ideaContest, myTeam } from '../../teams/testing/fixtures'
import { EntryEditor } from './entry-editor'

beforeEach(() => {
  localStorage.clear()
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const created = (teamId: string | null): EntryView =>
  ({ id: 'e1', contest_id: 'c1', team_id: teamId, status: 'draft', version: 1, answers: {}, created_at: '', updated_at: '' }) as EntryView

const titleInput = () => screen.getByRole('textbox', { name: /Title/ })
const createRequest = (sent: { method: string; path: string; body: unknown }[]) =>
  sent.find((r) => r.method === 'POST' && r.path.endsWith('/entries'))

describe('entering as a team', () => {
  it('the leader of a team in a contest of teams only starts the entry as the team', async () => {
    const api = fakeApi({
      'GET /api/v1/me/teams': [myTeam()],
      'POST /api/v1/contests/c1/entries': () => jsonResponse(201, created('t1')),
    })
    renderWithApp(<EntryEditor contest={hackathon} initialEntry={null} signedIn onCreated={() => {}} />)

    await screen.findByText('You are entering as team 모두의 팀.')
    fireEvent.change(titleInput(), { target: { value: 'Safer crossings' } })

    await waitFor(() => expect(createRequest(api.sent)).toBeTruthy(), { timeout: 3000 })
    expect(createRequest(api.sent)?.body).toEqual({ answers: { title: 'Safer crossings' }, category: null, team_id: 't1' })
    await screen.findByText('This is the entry of team 모두의 팀.')
  })

  it('a draft kept on this device waits for the leader’s team to be known before it is started', async () => {
    localStorage.setItem(
      'modu.entry-draft.c1',
      JSON.stringify({ contestId: 'c1', entryId: null, baseVersion: null, values: { title: 'Kept' }, category: null, idempotencyKey: 'key-1', unsaved: true, updatedAt: '' }),
    )
    const api = fakeApi({
      'GET /api/v1/me/teams': [myTeam()],
      'POST /api/v1/contests/c1/entries': () => jsonResponse(201, created('t1')),
    })
    renderWithApp(<EntryEditor contest={hackathon} initialEntry={null} signedIn onCreated={() => {}} />)

    await waitFor(() => expect(createRequest(api.sent)).toBeTruthy())
    expect(createRequest(api.sent)?.body).toEqual({ answers: { title: 'Kept' }, category: null, team_id: 't1' })
    expect(api.sent.filter((r) => r.method === 'POST')).toHaveLength(1)
  })

  it('the leader of a team in a contest that also takes individual entries may enter alone instead', async () => {
    const api = fakeApi({
      'GET /api/v1/me/teams': [myTeam({ contest_id: 'c2' })],
      'POST /api/v1/contests/c2/entries': () => jsonResponse(201, { ...created(null), contest_id: 'c2' }),
    })
    renderWithApp(<EntryEditor contest={ideaContest} initialEntry={null} signedIn onCreated={() => {}} />)

    const asTeam = (await screen.findByRole('radio', { name: 'My team 모두의 팀' })) as HTMLInputElement
    expect(asTeam.checked).toBe(true)
    fireEvent.click(screen.getByRole('radio', { name: 'My own' }))
    fireEvent.change(titleInput(), { target: { value: 'A quiet park' } })

    await waitFor(() => expect(createRequest(api.sent)).toBeTruthy(), { timeout: 3000 })
    expect(createRequest(api.sent)?.body).toEqual({ answers: { title: 'A quiet park' }, category: null })
  })

  it('a member who does not lead cannot start an entry in a contest of teams only, and is told who does', async () => {
    const api = fakeApi({ 'GET /api/v1/me/teams': [myTeam({ is_leader: false })] })
    renderWithApp(<EntryEditor contest={hackathon} initialEntry={null} signedIn onCreated={() => {}} />)

    await screen.findByText(/the leader of team 모두의 팀 writes its entry/)
    expect((titleInput() as HTMLInputElement).disabled).toBe(true)
    expect(screen.queryByRole('button', { name: 'Submit entry' })).toBeNull()
    expect(api.sent.every((r) => r.method === 'GET')).toBe(true)
  })

  it('someone in no team is pointed to creating one or to their invitations', async () => {
    fakeApi({ 'GET /api/v1/me/teams': [] })
    renderWithApp(<EntryEditor contest={hackathon} initialEntry={null} signedIn onCreated={() => {}} />)

    expect(await screen.findByRole('link', { name: 'Create a team on the contest page' })).toBeTruthy()
    expect(screen.getByRole('link', { name: 'My teams' }).getAttribute('href')).toBe('/me/teams')
    expect((titleInput() as HTMLInputElement).disabled).toBe(true)
  })

  it('a member reading the team’s entry sees it is the leader’s to change', async () => {
    fakeApi({ 'GET /api/v1/me/teams': [myTeam({ is_leader: false })] })
    renderWithApp(<EntryEditor contest={hackathon} initialEntry={created('t1')} signedIn onCreated={() => {}} />)

    await screen.findByText('Only the team’s leader can change and submit it.')
    expect((titleInput() as HTMLInputElement).disabled).toBe(true)
  })
})
