import { describe, expect, it } from 'vitest'
import { addTier, checkTiers, draftsFromTiers, freeKey, moveTier, parseCount, removeTier, tiersDocument, type TierDraft } from './tiers'

const tiers = draftsFromTiers([
  { key: 'grand', label: { ko: '대상', en: 'Grand prize' }, count: 1, prize: '300만 원', peoples_choice: false },
  { key: 'excellence', label: { ko: '우수상', en: null }, count: 2, prize: null },
  { key: 'popular', label: { ko: '인기상', en: 'People’s choice' }, count: 1, peoples_choice: true },
])
const keys = (drafts: TierDraft[]) => drafts.map((d) => d.key)

describe('the tier list', () => {
  it('adds a tier at the end with an unused key and one winner', () => {
    const next = addTier(tiers)
    expect(keys(next)).toEqual(['grand', 'excellence', 'popular', 'tier_4'])
    expect(next[3]).toMatchObject({ labelKo: '', count: '1', peoplesChoice: false })
  })

  it('never hands out a key already in the list', () => {
    expect(freeKey(draftsFromTiers([{ key: 'tier_2', label: { ko: 'a' }, count: 1 }]))).toBe('tier_3')
  })

  it('removes one tier and keeps the order of the rest', () => {
    expect(keys(removeTier(tiers, 1))).toEqual(['grand', 'popular'])
  })

  it('moves a tier up or down and stays in range at the ends', () => {
    expect(keys(moveTier(tiers, 2, 1))).toEqual(['grand', 'popular', 'excellence'])
    expect(keys(moveTier(tiers, 0, 1))).toEqual(['excellence', 'grand', 'popular'])
    expect(moveTier(tiers, 0, -1)).toBe(tiers)
    expect(moveTier(tiers, 2, 3)).toBe(tiers)
  })
})

describe('parseCount', () => {
  it('takes whole numbers from 1 to 1000 only', () => {
    expect(parseCount('3')).toBe(3)
    expect(parseCount(' 1000 ')).toBe(1000)
    for (const bad of ['0', '-1', '1.5', '', 'two', '1001']) expect(parseCount(bad), bad).toBeNull()
  })
})

describe('checkTiers', () => {
  it('finds nothing wrong with complete tiers', () => {
    expect(checkTiers(tiers)).toEqual({})
  })

  it('names each problem by the server’s field name', () => {
    const broken = [{ ...tiers[0], labelKo: ' ', count: '0' }, { ...tiers[1], prize: 'x'.repeat(501) }]
    expect(checkTiers(broken)).toEqual({
      'tiers[0].label.ko': 'required',
      'tiers[0].count': 'out_of_range',
      'tiers[1].prize': 'too_long',
    })
  })

  it('refuses more than twenty tiers', () => {
    let many: TierDraft[] = []
    for (let i = 0; i < 21; i += 1) many = addTier(many).map((d) => ({ ...d, labelKo: d.labelKo || '상' }))
    expect(checkTiers(many)).toEqual({ tiers: 'too_many' })
  })
})

describe('tiersDocument', () => {
  it('sends the tiers best first, trimmed, with empty texts as null', () => {
    const edited = [{ ...tiers[1], labelEn: '  ', prize: ' ', count: ' 2 ' }, tiers[0]]
    expect(tiersDocument(edited)).toEqual([
      { key: 'excellence', label: { ko: '우수상', en: null }, count: 2, prize: null, peoples_choice: false },
      { key: 'grand', label: { ko: '대상', en: 'Grand prize' }, count: 1, prize: '300만 원', peoples_choice: false },
    ])
  })
})
