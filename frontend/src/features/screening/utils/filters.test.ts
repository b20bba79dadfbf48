import { describe, expect, it } from 'vitest'
import { DEFAULT_PAGE_SIZE, filtersToParams, filtersToQuery, parseFilters } from './filters'

describe('parseFilters', () => {
  it('reads every filter the URL carries', () => {
    const params = new URLSearchParams(
      'status=submitted&screening=disqualified&category=youth&flag=flagged&group=바다&sort=newest&size=100&cursor=abc',
    )
    expect(parseFilters(params)).toEqual({
      status: 'submitted',
      screening: 'disqualified',
      category: 'youth',
      flag: 'flagged',
      group: '바다',
      sort: 'newest',
      size: 100,
      cursor: 'abc',
    })
  })

  it('ignores values the API would refuse and falls back to the defaults', () => {
    const params = new URLSearchParams('status=draft&screening=maybe&flag=odd&sort=sideways&size=7&category=')
    expect(parseFilters(params)).toEqual({
      status: undefined,
      screening: undefined,
      category: undefined,
      flag: undefined,
      group: undefined,
      sort: 'oldest',
      size: DEFAULT_PAGE_SIZE,
      cursor: undefined,
    })
  })
})

describe('filtersToParams', () => {
  it('leaves the defaults out of the URL', () => {
    expect(filtersToParams({ sort: 'oldest', size: DEFAULT_PAGE_SIZE }).toString()).toBe('')
  })

  it('round-trips through parseFilters', () => {
    const filters = parseFilters(new URLSearchParams('screening=pending&flag=duplicates&sort=newest&size=20'))
    expect(parseFilters(filtersToParams(filters))).toEqual(filters)
  })
})

describe('filtersToQuery', () => {
  it('asks the API for the page size, the order and each filter set', () => {
    const filters = parseFilters(new URLSearchParams('status=withdrawn&category=youth&flag=flagged&cursor=abc'))
    expect(filtersToQuery(filters)).toEqual({
      limit: DEFAULT_PAGE_SIZE,
      sort: 'oldest',
      status: 'withdrawn',
      category: 'youth',
      flagged: true,
      cursor: 'abc',
    })
  })

  it('turns the duplicates flag and a group into the API’s own parameters', () => {
    const filters = parseFilters(new URLSearchParams('flag=duplicates&group=바다'))
    expect(filtersToQuery(filters)).toMatchObject({ duplicates: true, duplicate_group: '바다' })
  })
})
