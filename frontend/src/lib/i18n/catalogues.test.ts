import { describe, expect, it } from 'vitest'
import { en } from './en'
import { ko } from './ko'
import { interpolate } from './translate'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('i18n catalogues', () => {
  it('Korean and English have exactly the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(ko).sort())
  })

  it('every message uses the same placeholders in both languages', () => {
    for (const key of Object.keys(ko) as (keyof typeof ko)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(ko[key]))
    }
  })

  it('no message is empty', () => {
    for (const [key, text] of [...Object.entries(ko), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('')
    }
  })
})

describe('interpolate', () => {
  it('fills known placeholders and leaves unknown ones visible', () => {
    expect(interpolate('{a} and {b}', { a: 1 })).toBe('1 and {b}')
  })
})

describe('visible strings', () => {
  it('no component writes literal text between its tags: every string comes from the catalogues', () => {
    const sources = import.meta.glob<string>(['../../**/*.tsx', '!../../**/*.test.tsx', '!../../testing/**'], {
      query: '?raw',
      import: 'default',
      eager: true,
    })
    // An element whose first child is letters, e.g. <p>Hello</p> or <span>다음</span>;
    // attribute values may hold braces (two levels) and arrows.
    const literal = /(?<![\w.])<([a-z][\w-]*)(\s(?:[^<>{}]|\{[^{}]*(?:\{[^{}]*\}[^{}]*)*\})*)?>\s*(\p{L}[^<>{}]*)/gu
    const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')
    const found = Object.entries(sources).flatMap(([file, source]) =>
      [...withoutComments(source).matchAll(literal)].map((m) => `${file}: ${m[0].trim()}`),
    )
    expect(Object.keys(sources).length).toBeGreaterThan(30)
    expect(found).toEqual([])
  })
})
