// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { fakeApi } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { duplicates } from '../testing/fixtures'
import { DuplicateGroups } from './duplicate-groups'

const show = () =>
  renderWithApp(
    <DuplicateGroups contestId="c1" entryHref={(id) => `/entries?entry=${id}`} groupHref={(key) => `/entries?group=${key}`} />,
  )

beforeEach(() => localStorage.setItem('modu.language', 'en'))
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('DuplicateGroups', () => {
  it('shows each group with its original first and links to every entry in it', async () => {
    fakeApi({ 'GET /api/v1/contests/c1/duplicates': duplicates })
    show()

    const group = await screen.findByRole('article', { name: '“바다 마을” (3 entries)' })
    const original = within(group).getByText('Original (earliest receipt)').nextElementSibling as HTMLElement
    expect(within(original).getByRole('link', { name: 'BUSAN-00001' }).getAttribute('href')).toBe('/entries?entry=e1')
    const later = within(group).getByText('Later duplicates').nextElementSibling as HTMLElement
    expect(within(later).getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['BUSAN-00007', '/entries?entry=e2'],
      ['BUSAN-00012', '/entries?entry=e3'],
    ])
    expect(within(group).getByRole('link', { name: 'Show the group “바다 마을” in the list' }).getAttribute('href')).toBe(
      '/entries?group=바다마을',
    )
  })

  it('lists similar names for a person to decide, and says when there are no similar photos', async () => {
    fakeApi({ 'GET /api/v1/contests/c1/duplicates': duplicates })
    show()

    await screen.findByRole('heading', { name: 'Similar names (1 pairs, for a person to decide)' })
    expect(screen.getByRole('link', { name: 'BUSAN-00003' }).getAttribute('href')).toBe('/entries?entry=e4')
    expect(screen.getByText('(2 letters apart)')).toBeTruthy()
    expect(screen.getByText('No near-identical photos.')).toBeTruthy()
  })

  it('says so when no two entries share a name', async () => {
    fakeApi({ 'GET /api/v1/contests/c1/duplicates': { groups: [], similar: [], photos: [] } })
    show()

    expect(await screen.findByText('No two entries share a name.')).toBeTruthy()
  })
})
