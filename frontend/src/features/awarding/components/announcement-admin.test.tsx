// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { fakeApi, problem } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { announcement, contest } from '../testing/fixtures'
import { AnnouncementAdmin } from './announcement-admin'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const form = () => screen.getByRole('form', { name: 'Announcement settings' })
const timeField = () => within(form()).getByLabelText(/Announcement time/) as HTMLInputElement
const submit = (name: RegExp) => fireEvent.click(within(form()).getByRole('button', { name }))
const noAnnouncement = () => problem(404, 'not_found')

describe('AnnouncementAdmin', () => {
  it('takes the time on the contest’s clock, names the zone, warns what becomes public and sends UTC', async () => {
    const api = fakeApi({
      'GET /api/v1/contests/c1/announcement': noAnnouncement,
      'PUT /api/v1/contests/c1/announcement': (_: Request, body: unknown) =>
        jsonResponse(200, { ...(body as object), published_at: null, version: 1 }),
    })
    renderWithApp(<AnnouncementAdmin contest={contest} />)

    await screen.findByText('No announcement time is set yet.')
    const warning = within(form()).getByText('At the announcement time').closest('div')!
    expect(within(warning).getByText(/Every entrant is emailed/)).toBeTruthy()
    expect(within(warning).getByText(/become public on the results page/)).toBeTruthy()
    expect(within(form()).getByText(/In the contest’s time zone, Korean Standard Time \(Asia\/Seoul\)\./)).toBeTruthy()

    fireEvent.change(timeField(), { target: { value: '2026-12-24T18:00' } })
    expect(within(form()).getByText(/That is .*24 December 2026 at 18:00 \(Korean Standard Time\)\./)).toBeTruthy()
    fireEvent.click(within(form()).getByLabelText('Open the gallery of entries to the public'))
    fireEvent.click(within(form()).getByLabelText(/I understand that at this time the results become public/))
    submit(/Set the announcement time/)

    await screen.findByText(/Saved\. The results will be announced on .*24 December 2026 at 18:00 \(Korean Standard Time\)\./)
    expect(api.sent.find((r) => r.method === 'PUT')?.body).toEqual({
      announce_at: '2026-12-24T09:00:00.000Z',
      show_breakdowns: false,
      gallery_open: true,
      version: null,
    })
    expect(screen.getByText(/The results will be announced on$/).textContent).toMatch(/24 December 2026 at 18:00/)
  })

  it('does not set a time until the warning is confirmed', async () => {
    const api = fakeApi({ 'GET /api/v1/contests/c1/announcement': noAnnouncement })
    renderWithApp(<AnnouncementAdmin contest={contest} />)
    await screen.findByText('No announcement time is set yet.')
    fireEvent.change(timeField(), { target: { value: '2026-12-24T18:00' } })
    submit(/Set the announcement time/)

    const summary = await within(form()).findByRole('alert')
    expect(within(summary).getByRole('link', { name: /read the notice above and tick the box/ })).toBeTruthy()
    expect(api.sent.some((r) => r.method === 'PUT')).toBe(false)
  })

  it('explains a time in the past on the field itself', async () => {
    fakeApi({
      'GET /api/v1/contests/c1/announcement': announcement(false),
      'PUT /api/v1/contests/c1/announcement': () =>
        problem(422, 'validation_failed', [{ field: 'announce_at', code: 'in_the_past', message: 'Choose a time from now on.' }]),
    })
    renderWithApp(<AnnouncementAdmin contest={contest} />)
    // The stored 01:00 UTC reads as 10:00 in Seoul.
    await screen.findByText(/The results will be announced on/)
    expect(timeField().value).toBe('2026-12-01T10:00')
    fireEvent.change(timeField(), { target: { value: '2020-01-01T09:00' } })
    fireEvent.click(within(form()).getByLabelText(/I understand/))
    submit(/Save the announcement settings/)

    const summary = await within(form()).findByRole('alert')
    const message = 'This time has already passed. Choose a time from now on.'
    expect(within(summary).getByRole('link', { name: message }).getAttribute('href')).toBe('#announce-at')
    expect(timeField().getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById('announce-at-error')?.textContent).toBe(message)
  })

  it('changes only a switch without asking to confirm the time again', async () => {
    const api = fakeApi({
      'GET /api/v1/contests/c1/announcement': announcement(false),
      'PUT /api/v1/contests/c1/announcement': (_: Request, body: unknown) => jsonResponse(200, { ...announcement(false), ...(body as object), version: 3 }),
    })
    renderWithApp(<AnnouncementAdmin contest={contest} />)
    await screen.findByText(/The results will be announced on/)
    expect(within(form()).queryByLabelText(/I understand/)).toBeNull()
    fireEvent.click(within(form()).getByLabelText('Entrants see their own entry’s scores and breakdown'))
    submit(/Save the announcement settings/)

    await screen.findByText(/^Saved\. The results will be announced on/)
    expect(api.sent.find((r) => r.method === 'PUT')?.body).toEqual({
      announce_at: '2026-12-01T01:00:00Z',
      show_breakdowns: true,
      gallery_open: false,
      version: 2,
    })
  })

  it('once published, fixes the time, links to the public results and still lets the gallery open', async () => {
    const api = fakeApi({
      'GET /api/v1/contests/c1/announcement': announcement(true),
      'PUT /api/v1/contests/c1/announcement': (_: Request, body: unknown) => jsonResponse(200, { ...announcement(true), ...(body as object), version: 3 }),
    })
    renderWithApp(<AnnouncementAdmin contest={contest} />)

    expect(await screen.findByText(/The announcement is done, so its time is fixed/)).toBeTruthy()
    expect(screen.getByRole('link', { name: 'See the published results' }).getAttribute('href')).toBe('/contests/c1/results')
    expect(timeField().disabled).toBe(true)
    expect(within(form()).queryByText('At the announcement time')).toBeNull()
    fireEvent.click(within(form()).getByLabelText('Open the gallery of entries to the public'))
    submit(/Save the announcement settings/)

    await screen.findByText('Saved.')
    expect(api.sent.find((r) => r.method === 'PUT')?.body).toMatchObject({ announce_at: '2026-12-01T01:00:00Z', gallery_open: true })
  })

  it('says so plainly when the results were published before the change arrived', async () => {
    fakeApi({
      'GET /api/v1/contests/c1/announcement': announcement(false),
      'PUT /api/v1/contests/c1/announcement': () => problem(409, 'results_published'),
    })
    renderWithApp(<AnnouncementAdmin contest={contest} />)
    await screen.findByText(/The results will be announced on/)
    fireEvent.change(timeField(), { target: { value: '2026-12-02T10:00' } })
    fireEvent.click(within(form()).getByLabelText(/I understand/))
    submit(/Save the announcement settings/)
    const summary = await within(form()).findByRole('alert')
    expect(within(summary).getByText('The results are published; this can no longer change.')).toBeTruthy()
  })
})
