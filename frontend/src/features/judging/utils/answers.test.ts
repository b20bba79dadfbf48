import { describe, expect, it } from 'vitest'
import type { ContestForm } from '../../../lib/api/types'
import { pickLanguage } from '../../../lib/i18n'
import { answerRows, entryTitle } from './answers'

const text = (ko: string, en: string) => ({ ko, en })
const form = {
  fields: [
    { key: 'affiliation', label: text('소속', 'Affiliation'), required: false, type: 'short_text', identifying: true },
    { key: 'title', label: text('제목', 'Title'), required: true, type: 'short_text' },
    { key: 'story', label: text('설명', 'Story'), required: true, type: 'long_text' },
    { key: 'site', label: text('누리집', 'Website'), required: false, type: 'url' },
    { key: 'kind', label: text('종류', 'Kind'), required: true, type: 'single_choice', options: [{ value: 'app', label: text('앱', 'App') }] },
    { key: 'tags', label: text('태그', 'Tags'), required: false, type: 'multiple_choice', options: [{ value: 'a', label: text('가', 'A') }, { value: 'b', label: text('나', 'B') }] },
    { key: 'team', label: text('팀', 'Team'), required: true, type: 'yes_no' },
  ],
  file_slots: [],
} as unknown as ContestForm
const words = { text: (v: Parameters<typeof pickLanguage>[0]) => pickLanguage(v, 'en'), t: (key: string) => (key === 'entry.yes' ? 'Yes' : 'No') }

describe('answerRows', () => {
  it('lists the answers in the form’s order, in words, and leaves out what the API left out', () => {
    // A blind stage's API leaves "affiliation" out: no row, not even an empty one.
    const rows = answerRows(form, { title: 'Seagate', story: 'Line one\nLine two', site: 'https://example.org', kind: 'app', tags: ['b', 'a'], team: false }, words)
    expect(rows.map((r) => [r.key, r.value])).toEqual([
      ['title', { kind: 'text', text: 'Seagate', long: false }],
      ['story', { kind: 'text', text: 'Line one\nLine two', long: true }],
      ['site', { kind: 'url', href: 'https://example.org' }],
      ['kind', { kind: 'text', text: 'App', long: false }],
      ['tags', { kind: 'text', text: 'B, A', long: false }],
      ['team', { kind: 'text', text: 'No', long: false }],
    ])
  })

  it('never makes a link of anything but http(s)', () => {
    const [row] = answerRows(form, { site: 'javascript:alert(1)' }, words)
    expect(row.value).toEqual({ kind: 'text', text: 'javascript:alert(1)', long: false })
  })
})

describe('entryTitle', () => {
  it('is the first one-line answer, preferring one that does not identify the entrant', () => {
    expect(entryTitle(form, { title: ' Seagate ' })).toBe('Seagate')
    expect(entryTitle(form, { affiliation: 'Busan', title: 'Seagate' })).toBe('Seagate')
    expect(entryTitle(form, { affiliation: 'Busan' })).toBe('Busan')
    expect(entryTitle(form, { story: 'Only prose' })).toBeNull()
  })
})
