import { describe, expect, it } from 'vitest'
import type { StageView } from '../../../lib/api/types'
import type { AwardView, Tier } from '../api/types'
import { finalStage, formatScore, placesOf, rankedEntryIds, standingsFromResults } from './standings'

const stage = (id: string, position: number, closed: boolean) =>
  ({ id, position, closed_at: closed ? '2026-11-01T00:00:00Z' : null }) as StageView

describe('finalStage', () => {
  it('is the closed stage furthest along', () => {
    expect(finalStage([stage('s2', 2, true), stage('s1', 1, true), stage('s3', 3, false)])?.id).toBe('s2')
  })

  it('is none while no stage is closed', () => {
    expect(finalStage([stage('s1', 1, false)])).toBeNull()
  })
})

describe('standingsFromResults', () => {
  it('reads a rubric stage’s ranks and final scores', () => {
    const standings = standingsFromResults({
      entries: [
        { entry: 'e1', rank: 1, final_score: 91.25 },
        { entry: 'e2', rank: null, final_score: null },
      ],
    })
    expect(standings.get('e1')).toEqual({ rank: 1, score: 91.25, mode: 'rubric' })
    expect(standings.get('e2')).toEqual({ rank: null, score: null, mode: 'rubric' })
  })

  it('reads a pairwise stage’s ranking with μ as the score', () => {
    const standings = standingsFromResults({ mode: 'pairwise', ranking: [{ entry_id: 'e9', rank: 2, mu: 27.5 }] })
    expect(standings.get('e9')).toEqual({ rank: 2, score: 27.5, mode: 'pairwise' })
  })

  it('reads nothing from a document it does not know', () => {
    expect(standingsFromResults(null).size).toBe(0)
    expect(standingsFromResults({ something: [] }).size).toBe(0)
  })
})

describe('placesOf', () => {
  const tier: Tier = { key: 'excellence', label: { ko: '우수상' }, count: 3 }
  const award = (tierKey: string, place: number, entry: string): AwardView => ({
    tier: tierKey,
    place,
    entry_id: entry,
    origin: 'proposed',
    decided_at: '2026-11-02T00:00:00Z',
  })

  it('lists every place of the tier, empty ones included', () => {
    const places = placesOf(tier, [award('excellence', 3, 'e3'), award('excellence', 1, 'e1'), award('grand', 1, 'e0')])
    expect(places.map((p) => [p.place, p.award?.entry_id ?? null])).toEqual([
      [1, 'e1'],
      [2, null],
      [3, 'e3'],
    ])
  })
})

describe('formatScore', () => {
  it('keeps at most two decimals', () => {
    expect(formatScore(87.256, 'en')).toBe('87.26')
    expect(formatScore(90, 'ko')).toBe('90')
  })
})

describe('rankedEntryIds', () => {
  const standing = (rank: number | null) => ({ rank, score: rank === null ? null : 100 - rank, mode: 'pairwise' as const })

  it('puts the best ranks first, categories interleaved, ties in the results’ order and unranked entries last', () => {
    const standings = new Map([
      ['youth-1', standing(1)],
      ['unscored', standing(null)],
      ['youth-2', standing(2)],
      ['general-1', standing(1)],
      ['general-2', standing(2)],
    ])
    expect(rankedEntryIds(standings)).toEqual(['youth-1', 'general-1', 'youth-2', 'general-2', 'unscored'])
  })
})
