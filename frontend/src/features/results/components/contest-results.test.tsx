// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, problem } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { announcement, contest, results } from '../testing/fixtures'
import { ContestResults } from './contest-results'

beforeEach(() => localStorage.setItem('modu.language', 'en'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('ContestResults', () => {
  it('before publication says so and names the announcement time in the contest’s time zone, without asking for results', async () => {
    const api = fakeApi({ 'GET /api/v1/contests/c1/announcement': announcement(false) })
    renderWithApp(<ContestResults contest={contest} />)

    await screen.findByText('The results are not announced yet.')
    expect(screen.getByText(/1 December 2026 at 10:00 \(Korean Standard Time\)/)).toBeTruthy()
    expect(api.sent.some((r) => r.path === '/api/v1/contests/c1/results')).toBe(false)
    expect(screen.queryByRole('heading', { level: 2 })).toBeNull()
  })

  it('without any announcement set says the date is still to come', async () => {
    fakeApi({ 'GET /api/v1/contests/c1/announcement': () => problem(404, 'not_found') })
    renderWithApp(<ContestResults contest={contest} />)

    await screen.findByText('The results are not announced yet.')
    expect(screen.getByText('The date will be set and shown here.')).toBeTruthy()
  })

  it('after publication shows the winners by tier, with place, thumbnails, credits and the anonymous marked', async () => {
    fakeApi({
      'GET /api/v1/contests/c1/announcement': announcement(true, true),
      'GET /api/v1/contests/c1/results': results,
    })
    renderWithApp(<ContestResults contest={contest} />)

    const grand = (await screen.findByRole('heading', { level: 2, name: 'Grand prize' })).closest('section')!
    expect(within(grand).getByText('Prize: 상금 300만 원')).toBeTruthy()
    const first = within(grand).getByRole('article', { name: 'Morning light' })
    expect(within(first).getByText('Winner: 김하늘')).toBeTruthy()
    expect(within(first).getByText('Place 1')).toBeTruthy()
    const image = within(first).getByRole('img', { name: 'Open the full image of Morning light' })
    expect(image.getAttribute('src')).toBe('/api/v1/works/files/f-e1/thumbnail')
    expect(image.closest('a')!.getAttribute('href')).toBe('/api/v1/works/files/f-e1')

    const excellence = screen.getByRole('heading', { level: 2, name: 'Excellence award' }).closest('section')!
    const works = within(excellence).getAllByRole('article')
    expect(works.map((w) => w.getAttribute('aria-labelledby'))).toEqual(['work-e2', 'work-e3'])
    const quiet = within(excellence).getByRole('article', { name: 'Quiet street' })
    expect(within(quiet).getByText('Not named')).toBeTruthy()
    expect(within(quiet).getByText('Place 2')).toBeTruthy()
    expect(within(quiet).queryByText(/Winner:/)).toBeNull()

    const popular = screen.getByRole('heading', { level: 2, name: 'People’s choice' }).closest('section')!
    expect(within(popular).getByText('Chosen by the public vote')).toBeTruthy()
    // No title: named as untitled. Its thumbnail was not ready at publication: tried all the same,
    // and when there is none the image itself is shown.
    const untitled = within(popular).getByRole('article', { name: 'Untitled work' })
    const fallback = within(untitled).getByRole('img', { name: 'Open the full image of Untitled work' })
    expect(fallback.getAttribute('src')).toBe('/api/v1/works/files/f-e4/thumbnail')
    fireEvent.error(fallback)
    expect(fallback.getAttribute('src')).toBe('/api/v1/works/files/f-e4')

    expect(screen.getByRole('link', { name: 'See every entry (gallery)' }).getAttribute('href')).toBe('/contests/c1/gallery')
  })

  it('hides the gallery link while the gallery is closed', async () => {
    fakeApi({
      'GET /api/v1/contests/c1/announcement': announcement(true, false),
      'GET /api/v1/contests/c1/results': results,
    })
    renderWithApp(<ContestResults contest={contest} />)

    await screen.findByRole('heading', { level: 2, name: 'Grand prize' })
    expect(screen.queryByRole('link', { name: /gallery/ })).toBeNull()
  })

  it('shows Korean tier names and “이름 비공개” in Korean', async () => {
    localStorage.setItem('modu.language', 'ko')
    fakeApi({
      'GET /api/v1/contests/c1/announcement': announcement(true),
      'GET /api/v1/contests/c1/results': results,
    })
    renderWithApp(<ContestResults contest={contest} />)

    for (const name of ['대상', '우수상', '인기상']) await screen.findByRole('heading', { level: 2, name })
    expect(screen.getByText('이름 비공개')).toBeTruthy()
    expect(screen.getByText('시민 투표로 선정')).toBeTruthy()
  })
})
