// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { fakeApi, problem } from '../../../testing/fake-api'
import { work } from '../testing/fixtures'
import { Gallery } from './gallery'

beforeEach(() => localStorage.setItem('modu.language', 'en'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('Gallery', () => {
  it('shows the works with thumbnails and loads more by cursor, moving focus to the first new work', async () => {
    const api = fakeApi({
      'GET /api/v1/contests/c1/gallery': (request: Request) => {
        const cursor = new URL(request.url).searchParams.get('cursor')
        return cursor === 'next-1'
          ? jsonResponse(200, { items: [work('e3', 'Third')], next_cursor: null })
          : jsonResponse(200, { items: [work('e1', 'First'), work('e2', 'Second')], next_cursor: 'next-1' })
      },
    })
    renderWithApp(<Gallery contestId="c1" />)

    await screen.findByRole('heading', { level: 2, name: 'First' })
    expect(screen.getByRole('img', { name: 'Open the full image of Second' }).getAttribute('src')).toBe(
      '/api/v1/works/files/f-e2/thumbnail',
    )
    expect(screen.getByText('Showing 2 works.')).toBeTruthy()

    fireEvent.click(screen.getByRole('button', { name: 'Show more works' }))
    const third = await screen.findByRole('heading', { level: 2, name: 'Third' })
    await waitFor(() => expect(document.activeElement).toBe(third))
    expect(screen.getByText('Showing 3 works.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Show more works' })).toBeNull()
    const pages = api.sent.filter((r) => r.path === '/api/v1/contests/c1/gallery')
    expect(pages).toHaveLength(2)
  })

  it('says the gallery is not open when the server answers 404', async () => {
    fakeApi({ 'GET /api/v1/contests/c1/gallery': () => problem(404, 'not_found') })
    renderWithApp(<Gallery contestId="c1" />)
    await screen.findByText('This contest’s gallery is not open.')
  })
})
