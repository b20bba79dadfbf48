// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import type { ContestView, FileKind, JudgeEntryView, JudgeFileView } from '../../../lib/api/types'
import { fakeApi } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { contest, entry } from '../testing/fixtures'
import { JudgeEntry } from './judge-entry'

const withSlots = {
  ...contest,
  form: {
    ...contest.form,
    file_slots: [
      { key: 'photos', label: { ko: '사진', en: 'Photos' }, accept: ['png'], max_bytes: 1e7, max_count: 2, required: true },
      { key: 'deck', label: { ko: '발표 자료', en: 'Pitch deck' }, accept: ['pdf'], max_bytes: 3e7, max_count: 1, required: false },
    ],
  },
} as unknown as ContestView

const file = (id: string, slot: string, kind: FileKind): JudgeFileView => ({
  id,
  slot,
  kind,
  size_bytes: 2 * 1024 * 1024,
  thumbnail_ready: kind !== 'pdf',
  width: kind === 'pdf' ? null : 800,
  height: kind === 'pdf' ? null : 600,
})

const blob = (type: string) => new Response(new Blob(['x'], { type }), { status: 200, headers: { 'Content-Type': type } })

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
  URL.createObjectURL = vi.fn(() => 'blob:thumb')
  URL.revokeObjectURL = vi.fn()
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('JudgeEntry files', () => {
  it('shows images by their thumbnails (fetched with the token) and names files by slot, never by file name', async () => {
    const api = fakeApi({
      'GET /api/v1/files/f1/thumbnail': () => blob('image/jpeg'),
      'GET /api/v1/files/f2/thumbnail': () => blob('image/jpeg'),
    })
    const view: JudgeEntryView = { ...entry(), files: [file('f1', 'photos', 'png'), file('f2', 'photos', 'png')] }
    renderWithApp(<JudgeEntry entry={view} contest={withSlots} headingId="t" />)

    expect(await screen.findByRole('img', { name: 'Image: Photos 1' })).toBeTruthy()
    expect(await screen.findByRole('img', { name: 'Image: Photos 2' })).toBeTruthy()
    expect(api.sent.map((r) => r.path).sort()).toEqual(['/api/v1/files/f1/thumbnail', '/api/v1/files/f2/thumbnail'])
  })

  it('opens an image full size on request', async () => {
    const api = fakeApi({ 'GET /api/v1/files/f1/thumbnail': () => blob('image/jpeg'), 'GET /api/v1/files/f1': () => blob('image/png') })
    renderWithApp(<JudgeEntry entry={{ ...entry(), files: [file('f1', 'photos', 'png')] }} contest={withSlots} headingId="t" />)

    fireEvent.click(await screen.findByRole('button', { name: 'Show Photos full size' }))
    await waitFor(() => expect(api.sent.map((r) => r.path)).toContain('/api/v1/files/f1'))
    expect(screen.getByRole('button', { name: 'Show Photos small' })).toBeTruthy()
  })

  it('offers a PDF as a download link that fetches it with the token', async () => {
    const api = fakeApi({ 'GET /api/v1/files/f3': () => blob('application/pdf') })
    renderWithApp(<JudgeEntry entry={{ ...entry(), files: [file('f3', 'deck', 'pdf')] }} contest={withSlots} headingId="t" />)

    const link = screen.getByRole('link', { name: 'Download Pitch deck (PDF, 2 MB)' })
    expect(api.sent).toEqual([])
    fireEvent.click(link)
    await waitFor(() => expect(api.sent.map((r) => r.path)).toEqual(['/api/v1/files/f3']))
  })

  it('names the entrant only when the API sends one (open stages)', () => {
    fakeApi({})
    renderWithApp(<JudgeEntry entry={{ ...entry(), blind: false, entrant: 'Team Seagull', receipt_number: 'R-7' }} contest={contest} headingId="t" />)
    expect(screen.getByText('Team Seagull')).toBeTruthy()
    expect(screen.getByText('R-7')).toBeTruthy()
    expect(screen.queryByText(/Blind review/)).toBeNull()
  })
})
