import { describe, expect, it } from 'vitest'
import { idChunks, MAX_IDS_PER_REQUEST } from './entry-labels'

describe('idChunks', () => {
  it('asks for each id once, sorted, so the same rows in another order reuse the cache', () => {
    expect(idChunks(['e3', 'e1', 'e3', 'e2'])).toEqual([['e1', 'e2', 'e3']])
  })

  it('splits more ids than one request takes into chunks of at most a hundred, in the order shown', () => {
    const ids = Array.from({ length: 250 }, (_, i) => `e${String(249 - i).padStart(3, '0')}`)
    const chunks = idChunks(ids)
    expect(chunks.map((chunk) => chunk.length)).toEqual([MAX_IDS_PER_REQUEST, MAX_IDS_PER_REQUEST, 50])
    expect(chunks[0]).toEqual([...ids.slice(0, 100)].sort())
  })

  it('keeps the first hundred’s chunk when a further hundred is shown', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `e${String(i).padStart(3, '0')}`)
    expect(idChunks(ids)[0]).toEqual(idChunks(ids.slice(0, 100))[0])
  })

  it('asks nothing for no ids', () => {
    expect(idChunks([])).toEqual([])
  })
})
