import { describe, expect, it } from 'vitest'
import { closeCalls, cutIndex, sameScore, type RankedRow } from './close-calls'

/** Rows in rank order from [entry, score, advances] (σ optional). */
const rows = (...spec: [string, number | null, boolean, number?][]): RankedRow[] =>
  spec.map(([entry, score, advances, uncertainty]) => ({ entry, score, advances, uncertainty }))

const asObject = (found: Map<string, string[]>) => Object.fromEntries(found)

describe('cutIndex', () => {
  it('falls after the last advancing entry', () => {
    expect(cutIndex(rows(['a', 90, true], ['b', 80, true], ['c', 70, false]))).toBe(1)
  })

  it('is absent when nobody advances', () => {
    expect(cutIndex(rows(['a', 90, false], ['b', 80, false]))).toBeNull()
  })

  it('is absent when everyone advances (the cut is at the end)', () => {
    expect(cutIndex(rows(['a', 90, true], ['b', 80, true]))).toBeNull()
  })

  it('is absent when only unscored entries are left below', () => {
    expect(cutIndex(rows(['a', 90, true], ['b', null, false]))).toBeNull()
  })

  it('is absent for an empty ranking', () => {
    expect(cutIndex([])).toBeNull()
  })
})

describe('closeCalls', () => {
  it('finds none for a single entry', () => {
    expect(closeCalls(rows(['a', 90, true]), { margin: 1 }).size).toBe(0)
    expect(closeCalls(rows(['a', 90, false]), { margin: 1 }).size).toBe(0)
  })

  it('finds none for an empty ranking', () => {
    expect(closeCalls([], { margin: 1 }).size).toBe(0)
  })

  it('marks the neighbours across the line whose scores differ by less than the margin', () => {
    const ranking = rows(['a', 95, true], ['b', 80.5, true], ['c', 80, false], ['d', 60, false])
    expect(asObject(closeCalls(ranking, { margin: 1 }))).toEqual({ b: ['margin'], c: ['margin'] })
  })

  it('marks every entry within the margin of the other side, not only the nearest neighbours', () => {
    const ranking = rows(['a', 81, true], ['b', 80.8, true], ['c', 80.5, false], ['d', 80.1, false], ['e', 70, false])
    expect([...closeCalls(ranking, { margin: 1 }).keys()]).toEqual(['a', 'b', 'c', 'd'])
  })

  it('does not mark a difference exactly equal to the margin', () => {
    expect(closeCalls(rows(['a', 81, true], ['b', 80, false]), { margin: 1 }).size).toBe(0)
  })

  it('marks no one when the line falls between distant scores', () => {
    expect(closeCalls(rows(['a', 90, true], ['b', 70, false]), { margin: 1 }).size).toBe(0)
  })

  it('marks a tie across the line as a tie, even with no margin', () => {
    const ranking = rows(['a', 90, true], ['b', 80, true], ['c', 80, false])
    expect(asObject(closeCalls(ranking, { margin: 0 }))).toEqual({ b: ['tie'], c: ['tie'] })
  })

  it('treats scores equal up to summation noise as a tie', () => {
    expect(sameScore(0.1 + 0.2, 0.3)).toBe(true)
    expect(asObject(closeCalls(rows(['a', 0.1 + 0.2, true], ['b', 0.3, false]), { margin: 0 }))).toEqual({
      a: ['tie'],
      b: ['tie'],
    })
  })

  it('marks the entries sharing the last advancing score when the server reports a tie at the cutoff', () => {
    const ranking = rows(['a', 90, true], ['b', 85, true], ['c', 85, true], ['d', 70, false])
    expect(asObject(closeCalls(ranking, { margin: 1, cutoffTie: true }))).toEqual({ b: ['tie'], c: ['tie'] })
  })

  it('keeps the server’s resampling flags, with or without a line', () => {
    const flagged = new Set(['b'])
    expect(asObject(closeCalls(rows(['a', 90, true], ['b', 70, false]), { margin: 1, flagged }))).toEqual({
      b: ['resampling'],
    })
    expect(asObject(closeCalls(rows(['a', 90, true], ['b', 70, true]), { margin: 1, flagged }))).toEqual({
      b: ['resampling'],
    })
  })

  it('lists every reason that applies to an entry, the server’s first', () => {
    const ranking = rows(['a', 80.5, true], ['b', 80, false])
    expect(closeCalls(ranking, { margin: 1, flagged: new Set(['a']) }).get('a')).toEqual(['resampling', 'margin'])
  })

  it('widens the margin by both entries’ uncertainty (pairwise σ)', () => {
    const ranking = rows(['a', 1.0, true, 0.3], ['b', 0.5, false, 0.3], ['c', -1, false, 0.1])
    expect(asObject(closeCalls(ranking, { margin: 0 }))).toEqual({ a: ['margin'], b: ['margin'] })
  })

  it('never marks an unscored entry', () => {
    const ranking = rows(['a', 1, true], ['b', 0.5, false], ['c', null, false])
    expect(closeCalls(ranking, { margin: 10 }).has('c')).toBe(false)
  })

  it('finds no line, and so no margin calls, when everyone advances', () => {
    expect(closeCalls(rows(['a', 80.5, true], ['b', 80, true]), { margin: 1 }).size).toBe(0)
  })
})
