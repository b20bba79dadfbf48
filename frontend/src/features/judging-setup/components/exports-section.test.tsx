// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { en } from '../../../lib/i18n/en'
import { fakeApi, problem } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { stage } from '../testing/fixtures'
import { ExportsSection } from './exports-section'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
  URL.createObjectURL = vi.fn(() => 'blob:csv')
  URL.revokeObjectURL = vi.fn()
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

const csv = () => new Response('judge,entry\n', { status: 200, headers: { 'Content-Type': 'text/csv' } })

describe('ExportsSection', () => {
  it('downloads the declarations and the scores with the token, as files', async () => {
    const api = fakeApi({ 'GET /api/v1/stages/s1/declarations.csv': csv, 'GET /api/v1/stages/s1/scores.csv': csv })
    const clicked: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download)
    })
    renderWithApp(<ExportsSection stage={stage} />)

    fireEvent.click(screen.getByRole('button', { name: 'Download the declarations (declarations.csv)' }))
    await waitFor(() => expect(clicked).toEqual(['stage-1-declarations.csv']))
    fireEvent.click(screen.getByRole('button', { name: 'Download the scores (scores.csv)' }))

    await waitFor(() => expect(clicked).toEqual(['stage-1-declarations.csv', 'stage-1-scores.csv']))
    expect(api.fetchMock.mock.calls.map(([request]) => (request as Request).headers.get('Authorization'))).toEqual(['Bearer token', 'Bearer token'])
  })

  it('says why an export failed', async () => {
    fakeApi({ 'GET /api/v1/stages/s1/scores.csv': () => problem(403, 'forbidden') })
    renderWithApp(<ExportsSection stage={stage} />)

    fireEvent.click(screen.getByRole('button', { name: 'Download the scores (scores.csv)' }))

    expect((await screen.findByRole('alert')).textContent).toBe(en['problem.forbidden'])
  })
})
