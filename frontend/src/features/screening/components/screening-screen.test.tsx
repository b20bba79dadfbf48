// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { useLocation } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi, problem } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { contest, duplicates, entryView, page, photo, screened } from '../testing/fixtures'
import { ScreeningScreen } from './screening-screen'

const LIST = 'GET /api/v1/contests/c1/entries'
const first = screened('e1', 'BUSAN-00001', '바다 마을', { duplicate_group: '바다마을' })
const second = screened('e2', 'BUSAN-00007', '바다마을', {
  duplicate_group: '바다마을',
  duplicate_of: 'e1',
  category: 'general',
  team_id: 't1',
})

/** Where the app is now, for assertions on the URL. */
function Location() {
  const { pathname, search } = useLocation()
  return <output data-testid="location">{`${pathname}${search}`}</output>
}

const location = () => screen.getByTestId('location').textContent
const show = (query = '') =>
  renderWithApp(
    <>
      <ScreeningScreen contestId="c1" />
      <Location />
    </>,
    { path: `/organize/contests/c1/entries${query}` },
  )

/** The query strings of every list request, in order. */
const listQueries = (api: ReturnType<typeof fakeApi>) =>
  api.fetchMock.mock.calls
    .map(([input]) => new URL((input as Request).url))
    .filter((url) => url.pathname === '/api/v1/contests/c1/entries')
    .map((url) => {
      const query: Record<string, string> = {}
      url.searchParams.forEach((value, key) => (query[key] = value))
      return query
    })

const base = (extra: Record<string, unknown> = {}) =>
  fakeApi({
    'GET /api/v1/contests/c1': contest,
    [LIST]: page([first, second]),
    'GET /api/v1/contests/c1/duplicates': duplicates,
    ...extra,
  })

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  URL.createObjectURL = vi.fn(() => 'blob:thumb')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('ScreeningScreen', () => {
  it('lists each entry with receipt, title, entrant or team, category, state, submitted time in the contest’s zone and screening', async () => {
    base()
    show()

    const table = await screen.findByRole('table', { name: /Entries \(2 on this page\)/ })
    expect(within(table).getByRole('columnheader', { name: 'Submitted (Korean Standard Time)' })).toBeTruthy()
    const row = within(table).getByRole('rowheader', { name: 'BUSAN-00007' }).closest('tr')!
    const cells = within(row).getAllByRole('cell').map((cell) => cell.textContent)
    // 08:30 UTC is 17:30 in Seoul.
    expect(cells.slice(0, 4)).toEqual(['바다마을', '김시민 Team', 'General', 'Submitted'])
    expect(cells[4]).toMatch(/30 Sept 2026, 17:30/)
    expect(cells[5]).toContain('Not screened yet')
    expect(within(row).getByRole('link', { name: 'Duplicate of BUSAN-00001' }).getAttribute('href')).toBe(
      '/organize/contests/c1/entries?entry=e1',
    )
  })

  it('asks the API for the filters the URL names, 50 a page by default', async () => {
    const api = base()
    show('?screening=disqualified&category=youth&flag=flagged&sort=newest')

    await screen.findByRole('table')
    expect(listQueries(api)[0]).toEqual({
      limit: '50',
      sort: 'newest',
      screening: 'disqualified',
      category: 'youth',
      flagged: 'true',
    })
    expect((screen.getByLabelText('Screening') as HTMLSelectElement).value).toBe('disqualified')
  })

  it('puts applied filters in the URL and asks again from the first page', async () => {
    const api = base()
    show('?cursor=abc')
    await screen.findByRole('table')

    fireEvent.change(screen.getByLabelText('Entry state'), { target: { value: 'withdrawn' } })
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'general' } })
    fireEvent.change(screen.getByLabelText('Entries per page'), { target: { value: '100' } })
    fireEvent.click(screen.getByRole('button', { name: 'Apply' }))

    await waitFor(() => expect(location()).toBe('/organize/contests/c1/entries?status=withdrawn&category=general&size=100'))
    await waitFor(() =>
      expect(listQueries(api).at(-1)).toEqual({ limit: '100', sort: 'oldest', status: 'withdrawn', category: 'general' }),
    )
  })

  it('pages forward with the server’s cursor and back again', async () => {
    const api = base({
      [LIST]: (request: Request) => {
        const cursor = new URL(request.url).searchParams.get('cursor')
        return jsonResponse(200, cursor === 'p2' ? page([second]) : page([first], 'p2'))
      },
    })
    show()

    const pages = await screen.findByRole('navigation', { name: 'Pages of entries' })
    expect(within(pages).queryByRole('link', { name: 'Previous page' })).toBeNull()
    fireEvent.click(within(pages).getByRole('link', { name: 'Next page' }))

    await waitFor(() => expect(location()).toBe('/organize/contests/c1/entries?cursor=p2'))
    await screen.findByRole('rowheader', { name: 'BUSAN-00007' })
    expect(listQueries(api).at(-1)).toMatchObject({ cursor: 'p2' })
    expect(screen.queryByRole('link', { name: 'Next page' })).toBeNull()

    fireEvent.click(screen.getByRole('link', { name: 'Previous page' }))
    await waitFor(() => expect(location()).toBe('/organize/contests/c1/entries'))
    await screen.findByRole('rowheader', { name: 'BUSAN-00001' })
  })

  it('shows a refusal (403) in the reader’s language', async () => {
    base({ [LIST]: () => problem(403, 'forbidden') })
    show()

    expect((await screen.findByRole('alert')).textContent).toContain('Your account may not do this.')
    expect(screen.queryByRole('table')).toBeNull()
  })

  it('opens an entry beside the list with its answers and its files as thumbnails', async () => {
    base({
      'GET /api/v1/entries/e1': entryView(first),
      'GET /api/v1/entries/e1/files': [photo],
      'GET /api/v1/files/f1/thumbnail': () => new Response(new Blob(['x'], { type: 'image/jpeg' })),
    })
    show()

    fireEvent.click(await screen.findByRole('link', { name: 'BUSAN-00001' }))
    await waitFor(() => expect(location()).toBe('/organize/contests/c1/entries?entry=e1'))
    const detail = await screen.findByRole('region', { name: 'Entry BUSAN-00001' })
    expect(document.activeElement).toBe(within(detail).getByRole('heading', { name: 'Entry BUSAN-00001' }))
    expect(within(detail).getByText('Where the river meets the sea.')).toBeTruthy()
    const image = await within(detail).findByRole('img', { name: 'Image: Photo (harbour.jpg)' })
    expect(image.getAttribute('src')).toBe('blob:thumb')
    expect(within(detail).getByRole('link', { name: 'Close the entry' }).getAttribute('href')).toBe(
      '/organize/contests/c1/entries',
    )
  })

  it('refuses to disqualify without a reason, sending nothing, then sends the reason given', async () => {
    const api = base({
      'GET /api/v1/entries/e1': entryView(first),
      'GET /api/v1/entries/e1/files': [],
      'POST /api/v1/entries/e1/screening': screened('e1', 'BUSAN-00001', '바다 마을', {
        screening: 'disqualified',
        screening_reason: 'Entered twice.',
      }),
    })
    show('?entry=e1')

    const detail = await screen.findByRole('region', { name: 'Entry BUSAN-00001' })
    fireEvent.click(await within(detail).findByRole('button', { name: 'Disqualify' }))

    const summary = await within(detail).findByRole('alert')
    expect(summary.textContent).toContain('Give a reason for disqualifying: the entrant is told.')
    const reason = within(detail).getByLabelText(/Reason for disqualifying/)
    expect(reason.getAttribute('aria-invalid')).toBe('true')
    expect(api.sent.some((r) => r.method === 'POST')).toBe(false)

    fireEvent.change(reason, { target: { value: '  Entered twice.  ' } })
    fireEvent.click(within(detail).getByRole('button', { name: 'Disqualify' }))

    await within(detail).findByText('Disqualified. The entrant is told the reason by email.')
    expect(api.sent.find((r) => r.method === 'POST')).toEqual({
      method: 'POST',
      path: '/api/v1/entries/e1/screening',
      body: { decision: 'disqualified', reason: 'Entered twice.' },
    })
  })

  it('shows the server’s objection to the reason (422) beside the field', async () => {
    base({
      'GET /api/v1/entries/e1': entryView(first),
      'GET /api/v1/entries/e1/files': [],
      'POST /api/v1/entries/e1/screening': () =>
        problem(422, 'validation_failed', [{ field: 'reason', code: 'too_long', message: 'Too long.' }]),
    })
    show('?entry=e1')

    const detail = await screen.findByRole('region', { name: 'Entry BUSAN-00001' })
    fireEvent.change(await within(detail).findByLabelText(/Reason for disqualifying/), { target: { value: 'x' } })
    fireEvent.click(within(detail).getByRole('button', { name: 'Disqualify' }))

    expect((await within(detail).findByRole('alert')).textContent).toContain('The text is too long.')
    expect(within(detail).getByLabelText(/Reason for disqualifying/).getAttribute('aria-describedby')).toContain(
      'screening-reason-error',
    )
  })

  it('shows a refused decision (403) in the reader’s language', async () => {
    base({
      'GET /api/v1/entries/e1': entryView(first),
      'GET /api/v1/entries/e1/files': [],
      'POST /api/v1/entries/e1/screening': () => problem(403, 'forbidden'),
    })
    show('?entry=e1')

    const detail = await screen.findByRole('region', { name: 'Entry BUSAN-00001' })
    fireEvent.click(await within(detail).findByRole('button', { name: 'Mark eligible' }))

    const alert = await within(detail).findByRole('alert')
    expect(alert.textContent).toContain('The decision was not saved.')
    expect(alert.textContent).toContain('Your account may not do this.')
  })

  it('reinstates a disqualified entry by putting it back to “not screened”', async () => {
    const out = screened('e1', 'BUSAN-00001', '바다 마을', { screening: 'disqualified', screening_reason: 'Entered twice.' })
    const api = base({
      [LIST]: page([out]),
      'GET /api/v1/entries/e1': entryView(out),
      'GET /api/v1/entries/e1/files': [],
      'POST /api/v1/entries/e1/screening': screened('e1', 'BUSAN-00001', '바다 마을'),
    })
    show('?entry=e1')

    const detail = await screen.findByRole('region', { name: 'Entry BUSAN-00001' })
    expect(within(detail).getByText('Entered twice.')).toBeTruthy()
    expect(within(detail).queryByRole('button', { name: 'Disqualify' })).toBeNull()
    fireEvent.click(await within(detail).findByRole('button', { name: 'Reinstate (back to not screened)' }))

    await within(detail).findByText('Back to not screened.')
    expect(api.sent.find((r) => r.method === 'POST')?.body).toEqual({ decision: 'pending' })
  })
})
