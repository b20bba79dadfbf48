import { describe, expect, it } from 'vitest'
import { readLocalDraft, removeLocalDraft, writeLocalDraft, type LocalDraft } from './local-draft'

class MemoryStorage {
  items = new Map<string, string>()
  getItem = (key: string) => this.items.get(key) ?? null
  setItem = (key: string, value: string) => void this.items.set(key, value)
  removeItem = (key: string) => void this.items.delete(key)
}

const draft: LocalDraft = {
  contestId: 'c1',
  entryId: null,
  baseVersion: null,
  values: { name: '물빛도시' },
  category: null,
  idempotencyKey: 'k',
  unsaved: true,
  updatedAt: '2026-09-30T09:00:00Z',
}

describe('local draft', () => {
  it('keeps one draft per contest until removed', () => {
    const storage = new MemoryStorage() as unknown as Storage
    writeLocalDraft(draft, storage)
    expect(readLocalDraft('c1', storage)).toEqual(draft)
    expect(readLocalDraft('c2', storage)).toBeNull()
    removeLocalDraft('c1', storage)
    expect(readLocalDraft('c1', storage)).toBeNull()
  })

  it('treats unreadable or foreign records as absent', () => {
    const storage = new MemoryStorage() as unknown as Storage
    storage.setItem('modu.entry-draft.c1', '{not json')
    expect(readLocalDraft('c1', storage)).toBeNull()
    storage.setItem('modu.entry-draft.c1', JSON.stringify({ ...draft, contestId: 'other' }))
    expect(readLocalDraft('c1', storage)).toBeNull()
  })

  it('never throws when storage does (private mode, quota)', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied')
      },
      setItem: () => {
        throw new Error('quota')
      },
      removeItem: () => {
        throw new Error('denied')
      },
    } as unknown as Storage
    expect(readLocalDraft('c1', broken)).toBeNull()
    expect(() => writeLocalDraft(draft, broken)).not.toThrow()
    expect(() => removeLocalDraft('c1', broken)).not.toThrow()
  })
})
