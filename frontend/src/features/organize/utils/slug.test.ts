import { describe, expect, it } from 'vitest'
import { isValidSlug, suggestSlug } from './slug'

describe('slugs', () => {
  it('accepts lower-case words joined by single hyphens', () => {
    expect(isValidSlug('sejong-naming-2026')).toBe(true)
    expect(isValidSlug('Sejong')).toBe(false)
    expect(isValidSlug('a--b')).toBe(false)
    expect(isValidSlug('-ab')).toBe(false)
    expect(isValidSlug('a')).toBe(false)
  })

  it('suggests a slug from an English title', () => {
    expect(suggestSlug('Name the Bridge: 2026!')).toBe('name-the-bridge-2026')
    expect(suggestSlug('다리 이름')).toBe('')
  })
})
