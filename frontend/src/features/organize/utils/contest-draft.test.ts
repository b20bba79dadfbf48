import { describe, expect, it } from 'vitest'
import { draftContest } from '../testing/fixtures'
import { documentFromDraft, draftFromContest, scheduleProblems } from './contest-draft'

describe('draftFromContest', () => {
  it('shows the schedule as wall-clock times in the contest’s zone', () => {
    const draft = draftFromContest(draftContest)
    expect(draft.opensAt).toBe('2026-09-01T09:00')
    expect(draft.closesAt).toBe('2026-09-30T18:00')
    expect(draft.graceMinutes).toBe(0)
  })
})

describe('documentFromDraft', () => {
  it('sends an unchanged contest back as it was read, with its version', () => {
    const document = documentFromDraft(draftFromContest(draftContest), draftContest)
    expect(document).toMatchObject({
      version: 3,
      kind: 'naming',
      title: { ko: '다리 이름 공모', en: 'Name the bridge' },
      summary: { ko: '새 다리의 이름을 지어 주세요.', en: null },
      rules: null,
      theme: null,
      co_hosts: [],
      time_zone: 'Asia/Seoul',
      opens_at: '2026-09-01T00:00:00.000Z',
      closes_at: '2026-09-30T09:00:00.000Z',
      grace_secs: 0,
      categories: [],
    })
    expect(document.form).toEqual(draftContest.form)
  })

  it('sends a changed time as UTC, read in the contest’s zone', () => {
    const draft = { ...draftFromContest(draftContest), closesAt: '2026-10-15T18:00', graceMinutes: 30 }
    const document = documentFromDraft(draft, draftContest)
    expect(document.closes_at).toBe('2026-10-15T09:00:00.000Z')
    expect(document.grace_secs).toBe(1800)
  })

  it('reads the same wall clock in a newly chosen zone', () => {
    const draft = { ...draftFromContest(draftContest), timeZone: 'Europe/Paris' }
    const document = documentFromDraft(draft, draftContest)
    expect(document.time_zone).toBe('Europe/Paris')
    expect(document.closes_at).toBe('2026-09-30T16:00:00.000Z')
  })

  it('keeps a published contest’s schedule as stored, whatever the inputs say', () => {
    const published = { ...draftContest, published_at: '2026-08-01T00:00:00.000Z', grace_secs: 600 }
    const draft = { ...draftFromContest(published), closesAt: '2027-01-01T00:00', graceMinutes: 0 }
    const document = documentFromDraft(draft, published)
    expect([document.opens_at, document.closes_at, document.grace_secs]).toEqual([published.opens_at, published.closes_at, 600])
  })

  it('lists co-hosts one per line, without blank lines', () => {
    const draft = { ...draftFromContest(draftContest), coHosts: '행정안전부\n\n  국립세종도서관 \n' }
    expect(documentFromDraft(draft, draftContest).co_hosts).toEqual(['행정안전부', '국립세종도서관'])
  })

  it('sends team rules only when teams may enter', () => {
    const draft = draftFromContest(draftContest)
    expect(documentFromDraft(draft, draftContest).eligibility?.teams).toBeNull()
    const teams = { ...draft, eligibility: { ...draft.eligibility, teams: { min_size: 2, max_size: 4, required: true, max_entries_per_team: 1 } } }
    expect(documentFromDraft(teams, draftContest).eligibility?.teams).toEqual({ min_size: 2, max_size: 4, required: true, max_entries_per_team: 1 })
  })
})

describe('scheduleProblems', () => {
  it('names the schedule inputs that are not a complete date and time', () => {
    const draft = { ...draftFromContest(draftContest), opensAt: '2026-09-01' }
    expect(scheduleProblems(draft)).toEqual(['opensAt'])
  })
})
