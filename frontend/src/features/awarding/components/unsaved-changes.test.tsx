// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react'
import type { ReactElement } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import type { BallotView } from '../../../lib/api/types'
import { fakeApi } from '../../../testing/fake-api'
import { jsonResponse, renderRoutes } from '../../../testing/render'
import { announcement, contest, settings, stages } from '../testing/fixtures'
import { AnnouncementAdmin } from './announcement-admin'
import { BallotSettings } from './ballot-settings'
import { TierEditor } from './tier-editor'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

/** An organizer page of the contest, with the organizer's home to leave for. */
function openPage(page: ReactElement) {
  const { router } = renderRoutes(
    [
      { path: '/organize/contests/:contestId/page', element: page },
      { path: '/organize', element: <h1>Organizer home</h1> },
    ],
    { path: '/organize/contests/c1/page' },
  )
  return () => act(() => router.navigate('/organize'))
}

const asked = () => screen.findByRole('alertdialog', { name: 'You have unsaved changes' })
const leftFor = () => screen.findByRole('heading', { name: 'Organizer home' })

const ballot: BallotView = {
  id: 'b1',
  contest_id: 'c1',
  scope: 'all',
  stage_id: null,
  state: 'upcoming',
  max_votes: 1,
  opens_at: '2026-12-01T23:00:00Z',
  closes_at: '2026-12-10T09:00:00Z',
  version: 2,
}

describe('the award tier editor', () => {
  const open = () => {
    fakeApi({
      'PUT /api/v1/contests/c1/award-tiers': (_: Request, body: unknown) =>
        jsonResponse(200, { ...(body as object), version: 4 }),
    })
    return openPage(<TierEditor contestId="c1" settings={settings} lock={null} />)
  }
  const prize = () => within(screen.getByRole('group', { name: '2. 우수상' })).getByLabelText(/Prize/) as HTMLInputElement

  it('leaving with a changed prize asks first, and “Stay” keeps it', async () => {
    const leave = open()
    fireEvent.change(prize(), { target: { value: '100만 원' } })

    await leave()
    await asked()
    fireEvent.click(screen.getByRole('button', { name: 'Stay' }))

    expect(prize().value).toBe('100만 원')
  })

  it('after a save, leaving does not ask', async () => {
    const leave = open()
    fireEvent.change(prize(), { target: { value: '100만 원' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save the tiers' }))
    await screen.findByText('Saved 2 award tiers.')

    await leave()

    expect(await leftFor()).toBeTruthy()
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })
})

describe('the public vote’s settings', () => {
  const open = () => {
    fakeApi({
      'GET /api/v1/contests/c1/stages': stages,
      'PUT /api/v1/contests/c1/ballot': (_: Request, body: unknown) =>
        jsonResponse(200, { ...ballot, ...(body as object), version: 3 }),
    })
    return openPage(<BallotSettings contest={contest} ballot={ballot} hasVotes={false} />)
  }
  const maxVotes = () => screen.getByLabelText(/Votes per voter/) as HTMLInputElement

  it('leaving with a changed limit asks first, and “Leave without saving” leaves', async () => {
    const leave = open()
    fireEvent.change(maxVotes(), { target: { value: '3' } })

    await leave()
    await asked()
    fireEvent.click(screen.getByRole('button', { name: 'Leave without saving' }))

    expect(await leftFor()).toBeTruthy()
  })

  it('after a save, leaving does not ask', async () => {
    const leave = open()
    fireEvent.change(maxVotes(), { target: { value: '3' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save the vote settings' }))
    await screen.findByText('The vote settings are saved.')

    await leave()

    expect(await leftFor()).toBeTruthy()
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })
})

describe('the announcement form', () => {
  const open = () => {
    fakeApi({
      'GET /api/v1/contests/c1/announcement': announcement(false),
      'PUT /api/v1/contests/c1/announcement': (_: Request, body: unknown) =>
        jsonResponse(200, { ...announcement(false), ...(body as object), version: 3 }),
    })
    return openPage(<AnnouncementAdmin contest={contest} />)
  }
  const breakdowns = () => screen.getByLabelText('Entrants see their own entry’s scores and breakdown') as HTMLInputElement

  it('leaving with a switch changed asks first, and “Stay” keeps it', async () => {
    const leave = open()
    await screen.findByText(/The results will be announced on/)
    fireEvent.click(breakdowns())

    await leave()
    await asked()
    fireEvent.click(screen.getByRole('button', { name: 'Stay' }))

    expect(breakdowns().checked).toBe(true)
  })

  it('a switch turned on and off again is no change', async () => {
    const leave = open()
    await screen.findByText(/The results will be announced on/)
    fireEvent.click(breakdowns())
    fireEvent.click(breakdowns())

    await leave()

    expect(await leftFor()).toBeTruthy()
  })

  it('after a save, leaving does not ask', async () => {
    const leave = open()
    await screen.findByText(/The results will be announced on/)
    fireEvent.click(breakdowns())
    fireEvent.click(screen.getByRole('button', { name: 'Save the announcement settings' }))
    await screen.findByText(/^Saved\. The results will be announced on/)

    await leave()

    expect(await leftFor()).toBeTruthy()
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })
})
