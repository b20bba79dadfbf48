// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import type { ContestView, EntryView } from '../../../lib/api/types'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { readLocalDraft } from '../utils/local-draft'
import { EntryEditor } from './entry-editor'

const t = (ko: string, en: string) => ({ ko, en })
const contest = {
  id: 'c1',
  state: 'open',
  title: t('이름 공모', 'Naming'),
  time_zone: 'Asia/Seoul',
  categories: [],
  form: {
    fields: [{ key: 'name', label: t('이름', 'Name'), required: true, type: 'short_text', max_length: 30 }],
    file_slots: [],
  },
} as unknown as ContestView

const draft = (version: number, answers: Record<string, unknown> = {}): EntryView =>
  ({ id: 'e1', contest_id: 'c1', status: 'draft', version, answers, created_at: '', updated_at: '' }) as EntryView

const fetchMock = vi.fn<typeof fetch>()
const requests = () => fetchMock.mock.calls.map(([r]) => r as Request)

beforeEach(() => {
  localStorage.clear()
  localStorage.setItem('modu.language', 'en')
  fetchMock.mockReset()
  vi.stubGlobal('fetch', fetchMock)
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const typeName = (value: string) => fireEvent.change(screen.getByRole('textbox', { name: /Name/ }), { target: { value } })

describe('EntryEditor autosave', () => {
  it('saves a draft after a pause, sending the version it was read at', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(200, draft(2, { name: 'Modu' })))
    renderWithApp(<EntryEditor contest={contest} initialEntry={draft(1)} signedIn onCreated={() => {}} />)

    typeName('Modu')

    await waitFor(() => expect(screen.getByText(/Saved at/)).toBeTruthy(), { timeout: 3000 })
    const [put] = requests()
    expect(put.method).toBe('PUT')
    expect(new URL(put.url).pathname).toBe('/api/v1/entries/e1')
    expect(await put.json()).toEqual({ version: 1, answers: { name: 'Modu' }, category: null })
    expect(readLocalDraft('c1')).toBeNull()
  })

  it('shows a stale version (409) as a conflict and reloads the newer one on request', async () => {
    fetchMock
      .mockResolvedValueOnce(jsonResponse(409, { type: 'about:blank', title: 'Conflict', status: 409, code: 'version_conflict' }))
      .mockResolvedValueOnce(jsonResponse(200, draft(5, { name: 'From the other tab' })))
    renderWithApp(<EntryEditor contest={contest} initialEntry={draft(1)} signedIn onCreated={() => {}} />)

    typeName('Mine')

    const alert = await screen.findByText('This entry was changed elsewhere', {}, { timeout: 3000 })
    expect(alert.closest('[role=alert]')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Load the newer version' }))
    await waitFor(() =>
      expect((screen.getByRole('textbox', { name: /Name/ }) as HTMLInputElement).value).toBe('From the other tab'),
    )
    expect(screen.queryByText('This entry was changed elsewhere')).toBeNull()
  })

  it('keeps what a signed-out person types on this device, and saves nothing', async () => {
    renderWithApp(<EntryEditor contest={contest} initialEntry={null} signedIn={false} onCreated={() => {}} />)

    typeName('Offline idea')

    expect(readLocalDraft('c1')?.values).toEqual({ name: 'Offline idea' })
    await screen.findByText(/kept on this device/i, {}, { timeout: 3000 })
    expect(fetchMock).not.toHaveBeenCalled()
  })

  it('restores the kept draft and creates it on the server with an Idempotency-Key once signed in', async () => {
    fetchMock.mockResolvedValueOnce(jsonResponse(201, draft(1, { name: 'Kept' })))
    localStorage.setItem(
      'modu.entry-draft.c1',
      JSON.stringify({ contestId: 'c1', entryId: null, baseVersion: null, values: { name: 'Kept' }, category: null, idempotencyKey: 'key-1', unsaved: true, updatedAt: '' }),
    )
    const onCreated = vi.fn()
    renderWithApp(<EntryEditor contest={contest} initialEntry={null} signedIn onCreated={onCreated} />)

    expect(screen.getByText('Restored what you typed earlier on this device.')).toBeTruthy()
    await waitFor(() => expect(onCreated).toHaveBeenCalled())
    const [post] = requests()
    expect(new URL(post.url).pathname).toBe('/api/v1/contests/c1/entries')
    expect(post.headers.get('Idempotency-Key')).toBe('key-1')
  })

  it('lists what is missing before submitting, linked to the field', async () => {
    renderWithApp(<EntryEditor contest={contest} initialEntry={draft(1)} signedIn onCreated={() => {}} />)

    fireEvent.click(screen.getByRole('button', { name: 'Submit entry' }))

    const link = await screen.findByRole('link', { name: 'Name: This field is required.' })
    expect(link.getAttribute('href')).toBe('#entry-name')
    expect(fetchMock).not.toHaveBeenCalled()
  })
})
