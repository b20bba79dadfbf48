// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { OrganizeRoute } from '../../../app/routes/organize'
import { setAccessToken } from '../../../lib/api-client'
import { citizen, withAuth } from '../../../testing/auth'
import { fakeApi, problem } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { draftContest, member, membership, organization, otherOrganization } from '../testing/fixtures'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const page = <T,>(items: T[]) => ({ items, next_cursor: null })
const organizer = { ...citizen, id: 'u1', display_name: '김운영' }

/** Two organizations exist; the reader belongs to Sejong only. */
function sejongOrganizerApi() {
  return fakeApi({
    'GET /api/v1/organizations': page([organization, otherOrganization]),
    'GET /api/v1/me/organizations': [membership(organization)],
    'GET /api/v1/organizations/o1/members': page([member('u1', '김운영', 'kim@sejong.go.kr'), member('u2', '이담당', 'lee@sejong.go.kr')]),
    'GET /api/v1/organizations/o2/members': () => problem(403, 'forbidden'),
    'GET /api/v1/organizations/o1/contests': page([
      draftContest,
      { ...draftContest, id: 'c2', title: { ko: '사진 공모', en: 'Photo contest' }, kind: 'photo', state: 'open' },
    ]),
  })
}

describe('OrganizeRoute', () => {
  it('asks a signed-out reader to sign in first', () => {
    renderWithApp(withAuth(<OrganizeRoute />, { status: 'signed-out' }), { path: '/organize' })
    expect(screen.getByText('Please sign in to organize contests.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Sign in' }).getAttribute('href')).toBe('/sign-in?next=%2Forganize')
  })

  it('explains what to do to someone who belongs to no organization', async () => {
    fakeApi({ 'GET /api/v1/me/organizations': [] })
    renderWithApp(withAuth(<OrganizeRoute />), { path: '/organize' })
    expect(await screen.findByText('You do not belong to any organization')).toBeTruthy()
    expect(screen.queryByRole('heading', { name: 'New organization' })).toBeNull()
  })

  it('shows only my organizations, each with its contests, drafts included, and their states', async () => {
    sejongOrganizerApi()
    renderWithApp(withAuth(<OrganizeRoute />, { status: 'signed-in', user: organizer }), { path: '/organize' })

    const sejong = await screen.findByRole('region', { name: 'Sejong City' })
    expect(screen.queryByRole('region', { name: 'Busan City' })).toBeNull()
    const table = await within(sejong).findByRole('table', { name: 'Contests of Sejong City' })
    const rows = within(table).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringContaining('Name the bridge'),
      expect.stringContaining('Photo contest'),
    ])
    expect(within(rows[0]).getByText('Draft')).toBeTruthy()
    expect(within(rows[1]).getByText('Open')).toBeTruthy()
    expect(within(table).getByRole('link', { name: 'Name the bridge' }).getAttribute('href')).toBe('/organize/contests/c1')
    expect(within(sejong).getByRole('link', { name: 'New contest of Sejong City' }).getAttribute('href')).toBe(
      '/organize/organizations/o1/contests/new',
    )
  })

  it('finds an organizer’s organizations with one request, without asking every organization for its members', async () => {
    const api = sejongOrganizerApi()
    renderWithApp(withAuth(<OrganizeRoute />, { status: 'signed-in', user: organizer }), { path: '/organize' })

    await screen.findByRole('region', { name: 'Sejong City' })
    expect(api.sent.filter((r) => r.path === '/api/v1/me/organizations')).toHaveLength(1)
    expect(api.sent.some((r) => r.path === '/api/v1/organizations')).toBe(false)
    expect(api.sent.some((r) => r.path === '/api/v1/organizations/o2/members')).toBe(false)
  })

  it('lists the organizers, adds one by email and removes another', async () => {
    const api = sejongOrganizerApi()
    api.routes['POST /api/v1/organizations/o1/members'] = () =>
      jsonResponse(201, member('u3', '박새내', 'park@sejong.go.kr'))
    api.routes['DELETE /api/v1/organizations/o1/members/u2'] = () => new Response(null, { status: 204 })
    renderWithApp(withAuth(<OrganizeRoute />, { status: 'signed-in', user: organizer }), { path: '/organize' })

    const organizers = await screen.findByRole('list', { name: 'Organizers of Sejong City' })
    expect(within(organizers).getByText('(you)')).toBeTruthy()
    expect(within(organizers).queryByRole('button', { name: /김운영/ })).toBeNull()

    fireEvent.change(screen.getByLabelText('Email of the organizer to add'), { target: { value: 'park@sejong.go.kr' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add organizer' }))
    expect(await screen.findByText('박새내 is now an organizer.')).toBeTruthy()
    expect(api.sent.find((r) => r.method === 'POST')?.body).toEqual({ email: 'park@sejong.go.kr' })

    fireEvent.click(within(organizers).getByRole('button', { name: 'Remove 이담당 from the organizers' }))
    expect(await screen.findByText('이담당 is no longer an organizer.')).toBeTruthy()
    expect(api.sent.some((r) => r.method === 'DELETE' && r.path === '/api/v1/organizations/o1/members/u2')).toBe(true)
  })

  it('tells why an email could not be added, beside the field', async () => {
    const api = sejongOrganizerApi()
    api.routes['POST /api/v1/organizations/o1/members'] = () =>
      problem(422, 'validation_failed', [{ field: 'email', code: 'unknown_account', message: 'No account has this email address.' }])
    renderWithApp(withAuth(<OrganizeRoute />, { status: 'signed-in', user: organizer }), { path: '/organize' })

    const email = await screen.findByLabelText('Email of the organizer to add')
    fireEvent.change(email, { target: { value: 'nobody@example.kr' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add organizer' }))

    await waitFor(() => expect(email.getAttribute('aria-invalid')).toBe('true'))
    expect(screen.getAllByText('No account has this email address.')).toHaveLength(2)
  })

  it('offers an admin every organization and the form to create one', async () => {
    const api = fakeApi({
      'GET /api/v1/organizations': page([organization]),
      'GET /api/v1/organizations/o1/members': page([]),
      'GET /api/v1/organizations/o1/contests': page([]),
      'POST /api/v1/organizations': () => jsonResponse(201, otherOrganization),
    })
    renderWithApp(withAuth(<OrganizeRoute />, { status: 'signed-in', user: { ...citizen, is_admin: true } }), { path: '/organize' })

    expect(await screen.findByRole('region', { name: 'Sejong City' })).toBeTruthy()
    expect(await screen.findByText('No contests yet.')).toBeTruthy()
    expect(api.sent.some((r) => r.path === '/api/v1/me/organizations')).toBe(false)
    fireEvent.change(screen.getByLabelText(/^Name \(Korean\)/), { target: { value: '부산시' } })
    fireEvent.change(screen.getByLabelText(/^Address name/), { target: { value: 'busan-city' } })
    fireEvent.click(screen.getByRole('button', { name: 'Create organization' }))

    expect(await screen.findByText('Organization 부산시 created.')).toBeTruthy()
    expect(api.sent.find((r) => r.method === 'POST')?.body).toEqual({ slug: 'busan-city', name_ko: '부산시', name_en: null })
  })
})
