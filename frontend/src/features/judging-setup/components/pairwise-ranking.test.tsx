// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { fakeApi } from '../../../testing/fake-api'
import { contest as namingContest, entriesAnswer, screened } from '../../screening/testing/fixtures'
import { renderWithApp } from '../../../testing/render'
import { pairwiseStage } from '../testing/fixtures'
import { PairwiseRanking } from './pairwise-ranking'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('PairwiseRanking', () => {
  it('ranks entries by μ with σ and how often they were seen', async () => {
    fakeApi({
      'GET /api/v1/stages/s2/pairwise/ranking': [
        { entry_id: 'team-a', mu: 1.23456, sigma: 0.5, rank: 1, views: 7, category: null },
        { entry_id: 'team-b', mu: -0.2, sigma: 0.81, rank: 2, views: 5, category: null },
      ],
    })
    renderWithApp(<PairwiseRanking stage={pairwiseStage} />)

    const first = (await screen.findByRole('rowheader', { name: 'team-a' })).closest('tr')!
    expect(Array.from(first.cells, (cell) => cell.textContent)).toEqual(['1', 'team-a', '1.235', '0.500', '7'])
    expect(within(screen.getByRole('table')).queryByText('Category')).toBeNull()
  })

  it('names the ranked entries by receipt number and title, with one request for their ids', async () => {
    const entries = entriesAnswer([screened('team-a', 'BUSAN-00011', '물빛')])
    fakeApi({
      'GET /api/v1/contests/c1': namingContest,
      'GET /api/v1/contests/c1/entries': entries,
      'GET /api/v1/stages/s2/pairwise/ranking': [
        { entry_id: 'team-a', mu: 1.2, sigma: 0.5, rank: 1, views: 7, category: null },
        { entry_id: 'team-b', mu: -0.2, sigma: 0.81, rank: 2, views: 5, category: null },
      ],
    })
    renderWithApp(<PairwiseRanking stage={pairwiseStage} />)

    expect(await screen.findByRole('rowheader', { name: /BUSAN-00011 “물빛”/ })).toBeTruthy()
    expect(screen.getByRole('rowheader', { name: 'team-b' })).toBeTruthy()
    expect(entries.asked).toEqual([['team-a', 'team-b']])
  })
})
