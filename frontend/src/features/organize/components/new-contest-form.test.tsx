// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { fakeApi, problem } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { draftContest } from '../testing/fixtures'
import { NewContestForm } from './new-contest-form'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function renderForm() {
  renderWithApp(
    <Routes>
      <Route path="/organize/organizations/o1/contests/new" element={<NewContestForm organizationId="o1" />} />
      <Route path="/organize/contests/:id" element={<p>editor</p>} />
    </Routes>,
    { path: '/organize/organizations/o1/contests/new' },
  )
}

function fillIn() {
  fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'photo' } })
  const title = screen.getByRole('group', { name: 'Title' })
  fireEvent.change(within(title).getByLabelText(/^Korean/), { target: { value: '풍경 사진 공모' } })
  fireEvent.change(within(title).getByLabelText('English'), { target: { value: 'Landscape Photos 2026' } })
  fireEvent.change(screen.getByLabelText(/^Opens/), { target: { value: '2026-09-01T09:00' } })
  fireEvent.change(screen.getByLabelText(/^Deadline/), { target: { value: '2026-09-30T18:00' } })
}

describe('NewContestForm', () => {
  it('creates a draft of the chosen kind with the times in Seoul sent as UTC, then opens its editor', async () => {
    const api = fakeApi({ 'POST /api/v1/organizations/o1/contests': () => jsonResponse(201, { ...draftContest, id: 'c9' }) })
    renderForm()
    fillIn()
    // The address name is suggested from the English title.
    expect((screen.getByLabelText(/^Address name of the contest/) as HTMLInputElement).value).toBe('landscape-photos-2026')
    fireEvent.click(screen.getByRole('button', { name: 'Create draft' }))

    expect(await screen.findByText('editor')).toBeTruthy()
    expect(api.sent[0].body).toEqual({
      kind: 'photo',
      slug: 'landscape-photos-2026',
      title: { ko: '풍경 사진 공모', en: 'Landscape Photos 2026' },
      time_zone: 'Asia/Seoul',
      opens_at: '2026-09-01T00:00:00.000Z',
      closes_at: '2026-09-30T09:00:00.000Z',
    })
  })

  it('says when the address name is taken, beside it', async () => {
    fakeApi({ 'POST /api/v1/organizations/o1/contests': () => problem(409, 'conflict') })
    renderForm()
    fillIn()
    fireEvent.click(screen.getByRole('button', { name: 'Create draft' }))

    const slug = screen.getByLabelText(/^Address name of the contest/)
    await waitFor(() => expect(slug.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getAllByText('A contest with this address name exists. Please choose another.')).toHaveLength(2)
  })

  it('asks for the missing title and times before sending anything', async () => {
    const api = fakeApi({})
    renderForm()
    fireEvent.click(screen.getByRole('button', { name: 'Create draft' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getAllByRole('link')).toHaveLength(4)
    expect(api.sent).toHaveLength(0)
  })
})
