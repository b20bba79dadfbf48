// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { fakeApi } from '../../../testing/fake-api'
import { jsonResponse, renderRoutes } from '../../../testing/render'
import { draftContest } from '../testing/fixtures'
import { ContestEditor } from './contest-editor'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

/** The editor as a page of the app, with the organizer's home to leave for; PUT saves what it is sent. */
async function openEditor() {
  fakeApi({
    'GET /api/v1/contests/c1': draftContest,
    'PUT /api/v1/contests/c1': (_request: Request, body: unknown) => {
      const document = body as { version: number }
      return jsonResponse(200, { ...draftContest, ...document, version: document.version + 1 })
    },
  })
  const { router } = renderRoutes(
    [
      { path: '/organize/contests/:contestId', element: <ContestEditor contestId="c1" /> },
      { path: '/organize', element: <h1>Organizer home</h1> },
    ],
    { path: '/organize/contests/c1' },
  )
  await screen.findByRole('heading', { level: 1, name: 'Name the bridge' })
  return { leave: () => act(() => router.navigate('/organize')), router }
}

const titleKo = () => within(screen.getByRole('group', { name: 'Title' })).getByLabelText(/^Korean/) as HTMLInputElement

describe('leaving the contest editor', () => {
  it('leaving with a changed title asks first, and “Stay” keeps the typed title', async () => {
    const { leave, router } = await openEditor()
    fireEvent.change(titleKo(), { target: { value: '새 다리 이름' } })

    await leave()
    await screen.findByRole('alertdialog', { name: 'You have unsaved changes' })
    fireEvent.click(screen.getByRole('button', { name: 'Stay' }))

    expect(titleKo().value).toBe('새 다리 이름')
    expect(router.state.location.pathname).toBe('/organize/contests/c1')
  })

  it('“Leave without saving” goes on to the page asked for', async () => {
    const { leave } = await openEditor()
    fireEvent.change(titleKo(), { target: { value: '새 다리 이름' } })

    await leave()
    fireEvent.click(await screen.findByRole('button', { name: 'Leave without saving' }))

    expect(await screen.findByRole('heading', { name: 'Organizer home' })).toBeTruthy()
  })

  it('after a save, leaving does not ask', async () => {
    const { leave } = await openEditor()
    fireEvent.change(titleKo(), { target: { value: '새 다리 이름' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    await screen.findByText('Saved (version 4).')

    await leave()

    expect(await screen.findByRole('heading', { name: 'Organizer home' })).toBeTruthy()
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('a contest opened and left unchanged leaves without asking', async () => {
    const { leave } = await openEditor()
    await leave()
    expect(await screen.findByRole('heading', { name: 'Organizer home' })).toBeTruthy()
  })
})
