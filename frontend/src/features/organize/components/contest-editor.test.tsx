// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import type { ContestView } from '../../../lib/api/types'
import { fakeApi, problem } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { draftContest } from '../testing/fixtures'
import { ContestEditor } from './contest-editor'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

interface SavedDocument {
  version: number
  title: { ko: string; en: string | null }
  time_zone: string
  opens_at: string
  closes_at: string
  form: { fields: Record<string, unknown>[]; duplicate_check: string | null }
}

/** The editor over a contest; PUT answers with `answerPut` (by default: saved as version + 1). */
function openEditor(answerPut?: (body: SavedDocument) => Response, contest: ContestView = draftContest) {
  const api = fakeApi({
    'GET /api/v1/contests/c1': contest,
    'PUT /api/v1/contests/c1': (_request: Request, body: unknown) =>
      answerPut
        ? answerPut(body as SavedDocument)
        : jsonResponse(200, { ...contest, version: (body as SavedDocument).version + 1 }),
  })
  renderWithApp(<ContestEditor contestId="c1" />, { path: '/organize/contests/c1' })
  return api
}

const savedDocuments = (api: ReturnType<typeof fakeApi>) =>
  api.sent.filter((r) => r.method === 'PUT').map((r) => r.body as SavedDocument)

const fieldGroup = (n: number, name: string) => screen.getByRole('group', { name: `Field ${n}: ${name}` })
const titleKo = () => within(screen.getByRole('group', { name: 'Title' })).getByLabelText(/^Korean/) as HTMLInputElement

describe('ContestEditor', () => {
  it('shows the contest’s title, the organizer sections and its state', async () => {
    openEditor()
    expect(await screen.findByRole('heading', { level: 1, name: 'Name the bridge' })).toBeTruthy()
    expect(screen.getByRole('navigation', { name: 'Contest administration' })).toBeTruthy()
    expect(screen.getByText('Draft')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Preview the public page' }).getAttribute('href')).toBe('/contests/c1')
  })
})

describe('the entry-form builder', () => {
  it('adds a multiple-choice field with its options and limits, and saves it at the end of the form', async () => {
    const api = openEditor()
    await screen.findByRole('heading', { level: 1, name: 'Name the bridge' })

    fireEvent.change(screen.getByLabelText('Type of the field to add'), { target: { value: 'multiple_choice' } })
    fireEvent.click(screen.getByRole('button', { name: 'Add field' }))
    const field = fieldGroup(3, 'Untitled field 3')
    fireEvent.change(within(within(field).getByRole('group', { name: 'Label' })).getByLabelText(/^Korean/), { target: { value: '관심 분야' } })
    const renamed = fieldGroup(3, '관심 분야')
    fireEvent.change(within(renamed).getByLabelText('Option 1 (Korean)'), { target: { value: '교통' } })
    fireEvent.click(within(renamed).getByRole('button', { name: 'Add option' }))
    fireEvent.change(within(renamed).getByLabelText('Option 2 (Korean)'), { target: { value: '문화' } })
    fireEvent.change(within(renamed).getByLabelText('Most choices'), { target: { value: '2' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(savedDocuments(api)).toHaveLength(1))
    const fields = savedDocuments(api)[0].form.fields
    expect(fields.map((f) => f.key)).toEqual(['name', 'meaning', 'field_1'])
    expect(fields[2]).toEqual({
      key: 'field_1',
      label: { ko: '관심 분야', en: null },
      help: null,
      required: false,
      type: 'multiple_choice',
      options: [
        { value: 'option_1', label: { ko: '교통', en: null } },
        { value: 'option_2', label: { ko: '문화', en: null } },
      ],
      min_selected: null,
      max_selected: 2,
    })
    expect(await screen.findByText('Saved (version 4).')).toBeTruthy()
  })

  it('moves a field up and says where it went', async () => {
    const api = openEditor()
    await screen.findByRole('heading', { level: 1, name: 'Name the bridge' })

    fireEvent.click(screen.getByRole('button', { name: 'Move 의미 up' }))
    expect(screen.getByText('의미 moved to position 1 of 2.')).toBeTruthy()
    expect(fieldGroup(1, '의미')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(savedDocuments(api)).toHaveLength(1))
    expect(savedDocuments(api)[0].form.fields.map((f) => f.key)).toEqual(['meaning', 'name'])
  })

  it('removes a field, and the duplicate check that named it goes too', async () => {
    const api = openEditor()
    await screen.findByRole('heading', { level: 1, name: 'Name the bridge' })
    expect((screen.getByLabelText('Duplicate check') as HTMLSelectElement).value).toBe('name')

    fireEvent.click(screen.getByRole('button', { name: 'Remove 제안하는 이름' }))
    expect(screen.queryByRole('group', { name: /제안하는 이름/ })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(savedDocuments(api)).toHaveLength(1))
    const { form } = savedDocuments(api)[0]
    expect(form.fields.map((f) => f.key)).toEqual(['meaning'])
    expect(form.duplicate_check).toBeNull()
  })

  it('changes a field’s type and length limits', async () => {
    const api = openEditor()
    await screen.findByRole('heading', { level: 1, name: 'Name the bridge' })

    const meaning = fieldGroup(2, '의미')
    fireEvent.change(within(meaning).getByLabelText('Fewest characters'), { target: { value: '20' } })
    fireEvent.change(within(meaning).getByLabelText('Most characters'), { target: { value: '' } })
    fireEvent.change(within(fieldGroup(1, '제안하는 이름')).getByLabelText('Type'), { target: { value: 'url' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(savedDocuments(api)).toHaveLength(1))
    const [name, meaningSaved] = savedDocuments(api)[0].form.fields
    expect(name).toEqual({ key: 'name', label: { ko: '제안하는 이름', en: 'Proposed name' }, help: null, required: true, type: 'url' })
    expect(meaningSaved).toMatchObject({ type: 'long_text', min_length: 20, max_length: null })
  })
})

describe('the schedule', () => {
  it('reads the times typed in the contest’s zone and sends them as UTC', async () => {
    const api = openEditor()
    await screen.findByRole('heading', { level: 1, name: 'Name the bridge' })

    const closes = screen.getByLabelText('Deadline (Asia/Seoul)') as HTMLInputElement
    expect(closes.value).toBe('2026-09-30T18:00')
    fireEvent.change(closes, { target: { value: '2026-10-31T23:59' } })
    expect(screen.getByText(/2026-10-31 14:59 UTC/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(savedDocuments(api)).toHaveLength(1))
    const saved = savedDocuments(api)[0]
    expect(saved.closes_at).toBe('2026-10-31T14:59:00.000Z')
    // The opening time was not touched: it goes back exactly as read.
    expect(saved.opens_at).toBe(draftContest.opens_at)
  })

  it('sends a deadline with seconds back unchanged when something else is saved', async () => {
    // 23:59:59 in Seoul.
    const api = openEditor(undefined, { ...draftContest, closes_at: '2026-09-30T14:59:59.000Z' })
    await screen.findByRole('heading', { level: 1, name: 'Name the bridge' })

    const closes = screen.getByLabelText('Deadline (Asia/Seoul)') as HTMLInputElement
    expect(closes.value).toBe('2026-09-30T23:59:59')
    expect(closes.getAttribute('step')).toBe('1')
    expect(screen.getByText(/2026-09-30 14:59:59 UTC/)).toBeTruthy()
    fireEvent.change(titleKo(), { target: { value: '새 다리 이름' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(savedDocuments(api)).toHaveLength(1))
    expect(savedDocuments(api)[0]).toMatchObject({ title: { ko: '새 다리 이름' }, closes_at: '2026-09-30T14:59:59.000Z' })
  })

  it('keeps the seconds of a deadline when the zone changes', async () => {
    const api = openEditor(undefined, { ...draftContest, closes_at: '2026-09-30T14:59:59.000Z' })
    await screen.findByRole('heading', { level: 1, name: 'Name the bridge' })

    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'America/New_York' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(savedDocuments(api)).toHaveLength(1))
    // 23:59:59 on the New York clock (UTC-4 in September).
    expect(savedDocuments(api)[0]).toMatchObject({ time_zone: 'America/New_York', closes_at: '2026-10-01T03:59:59.000Z' })
  })

  it('keeps the wall clock when the zone changes, so the instant moves with it', async () => {
    const api = openEditor()
    await screen.findByRole('heading', { level: 1, name: 'Name the bridge' })

    fireEvent.change(screen.getByLabelText('Time zone'), { target: { value: 'America/New_York' } })
    expect((screen.getByLabelText('Deadline (America/New_York)') as HTMLInputElement).value).toBe('2026-09-30T18:00')
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(savedDocuments(api)).toHaveLength(1))
    expect(savedDocuments(api)[0]).toMatchObject({ time_zone: 'America/New_York', closes_at: '2026-09-30T22:00:00.000Z' })
  })
})

describe('saving over someone else’s changes', () => {
  it('says the contest changed elsewhere and keeps what was typed on top of the new version', async () => {
    let puts = 0
    const api = openEditor((body) => {
      puts += 1
      return puts === 1 ? problem(409, 'version_conflict') : jsonResponse(200, { ...draftContest, ...body, version: body.version + 1 })
    })
    await screen.findByRole('heading', { level: 1, name: 'Name the bridge' })
    fireEvent.change(titleKo(), { target: { value: '새 다리 이름' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))

    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('This contest was changed elsewhere')).toBeTruthy()
    // Someone else saved version 4 meanwhile.
    api.routes['GET /api/v1/contests/c1'] = { ...draftContest, version: 4, theme: '평화' }
    fireEvent.click(within(alert).getByRole('button', { name: 'Load the new version and keep my changes' }))

    await screen.findByText('Version 4 loaded; your changes are kept. Check them, then save.')
    expect((titleKo()).value).toBe('새 다리 이름')
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))

    await waitFor(() => expect(savedDocuments(api)).toHaveLength(2))
    expect(savedDocuments(api)[1]).toMatchObject({ version: 4, title: { ko: '새 다리 이름' } })
  })

  it('can drop what was typed and load what is saved instead', async () => {
    const api = openEditor(() => problem(409, 'version_conflict'))
    await screen.findByRole('heading', { level: 1, name: 'Name the bridge' })
    fireEvent.change(titleKo(), { target: { value: '내 제목' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))

    const alert = await screen.findByRole('alert')
    api.routes['GET /api/v1/contests/c1'] = { ...draftContest, version: 4, title: { ko: '그들의 제목', en: null } }
    fireEvent.click(within(alert).getByRole('button', { name: 'Drop my changes and load what is saved' }))

    await screen.findByText('The saved contest is loaded.')
    expect((titleKo()).value).toBe('그들의 제목')
  })
})

describe('refused changes', () => {
  it('shows each field error beside its field and in a summary that links to it', async () => {
    openEditor(() =>
      problem(422, 'validation_failed', [
        { field: 'title.ko', code: 'invalid_length', message: 'Between 1 and 200 characters.' },
        { field: 'form.fields[1].key', code: 'duplicate', message: 'Each field needs its own key.' },
        { field: 'eligibility.max_age', code: 'invalid_limits', message: 'The age limits do not fit together.' },
      ]),
    )
    await screen.findByRole('heading', { level: 1, name: 'Name the bridge' })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByText('Please check what you entered.')).toBeTruthy()
    const link = within(summary).getByRole('link', { name: 'Another item has the same key.' })
    expect(link.getAttribute('href')).toBe('#contest-form-fields-1-key')

    const title = titleKo()
    expect(title.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(title.getAttribute('aria-describedby')!.split(' ').pop()!)?.textContent).toBe(
      'This text is empty or too long.',
    )
    const key = within(fieldGroup(2, '의미')).getByLabelText('Key')
    expect(key.getAttribute('aria-invalid')).toBe('true')
    expect(screen.getByLabelText('Maximum age').getAttribute('aria-invalid')).toBe('true')
  })
})

describe('publishing', () => {
  it('asks for confirmation first, then publishes', async () => {
    const api = openEditor()
    api.routes['POST /api/v1/contests/c1/publish'] = {
      ...draftContest,
      state: 'published',
      published_at: '2026-08-20T01:00:00.000Z',
      version: 4,
    }
    await screen.findByRole('heading', { level: 1, name: 'Name the bridge' })

    fireEvent.click(screen.getByRole('button', { name: 'Publish…' }))
    expect(api.sent.some((r) => r.path.endsWith('/publish'))).toBe(false)
    fireEvent.click(screen.getByRole('button', { name: 'Publish' }))

    expect(await screen.findByText('The contest is published.')).toBeTruthy()
    expect(screen.getByRole('heading', { name: 'Extend the deadline' })).toBeTruthy()
    expect((screen.getByLabelText('Deadline (Asia/Seoul)') as HTMLInputElement).disabled).toBe(true)
  })
})
