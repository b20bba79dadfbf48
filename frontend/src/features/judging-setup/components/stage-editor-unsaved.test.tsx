// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { fakeApi } from '../../../testing/fake-api'
import { jsonResponse, renderRoutes } from '../../../testing/render'
import { contest, judge, stage } from '../testing/fixtures'
import { StagesPage } from './stages-page'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

/** The stages page with stage s1 open in the editor (`?edit=s1`); PUT saves what it is sent. */
async function openEditor() {
  fakeApi({
    'GET /api/v1/contests/c1/stages': [stage],
    'GET /api/v1/stages/s1/judges': [judge('j1', 'kim@example.kr')],
    'PUT /api/v1/stages/s1': (_request: Request, body: unknown) =>
      jsonResponse(200, { ...stage, name: (body as { name: unknown }).name, version: stage.version + 1 }),
  })
  const { router } = renderRoutes(
    [
      { path: '/organize/contests/:contestId/stages', element: <StagesPage contestId="c1" timeZone={contest.time_zone} /> },
      { path: '/organize', element: <h1>Organizer home</h1> },
    ],
    { path: '/organize/contests/c1/stages?edit=s1' },
  )
  await screen.findByRole('heading', { name: 'Settings of 1. Document review' })
  return router
}

const stageName = () => screen.getByLabelText(/^Stage name \(English\)/) as HTMLInputElement
const rename = () => fireEvent.change(stageName(), { target: { value: 'Paper review' } })

describe('leaving the stage editor', () => {
  it('cancelling with a changed name asks first, and “Stay” keeps the typed name', async () => {
    const router = await openEditor()
    rename()

    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    await screen.findByRole('alertdialog', { name: 'You have unsaved changes' })
    fireEvent.click(screen.getByRole('button', { name: 'Stay' }))

    expect(stageName().value).toBe('Paper review')
    expect(router.state.location.search).toBe('?edit=s1')
  })

  it('leaving for another page asks too, and “Leave without saving” goes there', async () => {
    const router = await openEditor()
    rename()

    await act(() => router.navigate('/organize'))
    fireEvent.click(await screen.findByRole('button', { name: 'Leave without saving' }))

    expect(await screen.findByRole('heading', { name: 'Organizer home' })).toBeTruthy()
  })

  it('saving goes back to the list without asking', async () => {
    await openEditor()
    rename()

    fireEvent.click(screen.getByRole('button', { name: 'Save the settings' }))

    expect(await screen.findByText('The settings of 1. Paper review are saved.')).toBeTruthy()
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('an editor opened and closed unchanged does not ask', async () => {
    await openEditor()
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
    expect(await screen.findByRole('heading', { name: 'Stages' })).toBeTruthy()
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })
})
