// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import type { StageView } from '../../../lib/api/types'
import { fakeApi, problem } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { contest, stage } from '../testing/fixtures'
import { StageEditor } from './stage-editor'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function renderEditor(theStage: StageView = stage) {
  const onSaved = vi.fn()
  renderWithApp(<StageEditor contestId="c1" timeZone={contest.time_zone} stage={theStage} position={1} onSaved={onSaved} onCancel={vi.fn()} />)
  return { onSaved }
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save the settings' }))
const stageName = () => screen.getByLabelText(/^Stage name \(English\)/) as HTMLInputElement

describe('StageEditor', () => {
  it('shows the window in the contest’s time zone, with the zone named', () => {
    fakeApi({})
    renderEditor()

    expect((screen.getByLabelText(/^Scoring opens/) as HTMLInputElement).value).toBe('2026-11-01T09:00')
    expect(screen.getAllByText('Times in Korean Standard Time (Asia/Seoul)')).toHaveLength(2)
  })

  it('keeps what was typed on a version conflict, and can load the saved version instead', async () => {
    const newer = { ...stage, name: { ko: '1차 서류 심사', en: 'First document review' }, version: 5 }
    fakeApi({ 'PUT /api/v1/stages/s1': () => problem(409, 'version_conflict'), 'GET /api/v1/stages/s1': newer })
    renderEditor()
    fireEvent.change(stageName(), { target: { value: 'My review' } })

    save()

    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('Someone saved this stage after you opened it.')).toBeTruthy()
    expect(stageName().value).toBe('My review')
    fireEvent.click(await within(alert).findByRole('button', { name: 'Load the saved version' }))
    expect(stageName().value).toBe('First document review')
  })

  it('can keep the typed changes and save them over the newer version', async () => {
    const newer = { ...stage, version: 5 }
    let attempts = 0
    const api = fakeApi({
      'PUT /api/v1/stages/s1': () => (++attempts === 1 ? problem(409, 'version_conflict') : new Response(JSON.stringify(newer), { status: 200, headers: { 'Content-Type': 'application/json' } })),
      'GET /api/v1/stages/s1': newer,
    })
    const { onSaved } = renderEditor()
    fireEvent.change(stageName(), { target: { value: 'My review' } })
    save()

    fireEvent.click(await screen.findByRole('button', { name: 'Keep my changes (saving again replaces it)' }))
    save()

    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    const puts = api.sent.filter((r) => r.method === 'PUT')
    expect(puts.map((r) => (r.body as { version: number; name: { en: string } }).version)).toEqual([4, 5])
    expect((puts[1].body as { name: { en: string } }).name.en).toBe('My review')
  })

  it('tells what is frozen once scoring opened, and holds the mode and blindness', () => {
    fakeApi({})
    renderEditor({ ...stage, state: 'scoring' })

    expect(screen.getByText('Scoring has opened: some settings are frozen.')).toBeTruthy()
    expect(screen.getByLabelText('Rubric scoring')).toHaveProperty('disabled', true)
    expect(screen.getByLabelText('Blind review')).toHaveProperty('disabled', true)
  })

  it('asks why the recipe changes after scoring opened, and sends the reason', async () => {
    const api = fakeApi({ 'PUT /api/v1/stages/s1': { ...stage, state: 'scoring', version: 5 } })
    const { onSaved } = renderEditor({ ...stage, state: 'scoring' })
    fireEvent.click(screen.getByLabelText('Median'))

    save()
    expect(await screen.findByText('Scoring has opened: say why the rubric or recipe changes.', { selector: '.field-error' })).toBeTruthy()
    expect(api.sent).toEqual([])

    fireEvent.change(screen.getByLabelText(/^Why the rubric or recipe changes/), { target: { value: '심사위원 2명 불참' } })
    save()
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(api.sent[0].body).toMatchObject({ reopen_reason: '심사위원 2명 불참', recipe: { aggregation: { type: 'median' } } })
  })

  it('explains the API’s refusal of a frozen change', async () => {
    fakeApi({ 'PUT /api/v1/stages/s1': () => problem(409, 'stage_frozen') })
    renderEditor({ ...stage, state: 'scoring' })
    fireEvent.change(screen.getByLabelText(/^Why the rubric or recipe changes/), { target: { value: 'Typo in a label' } })
    const row = screen.getByRole('group', { name: 'Criterion 1 · 창의성' })
    fireEvent.change(within(row).getByLabelText(/^Label \(English\)/), { target: { value: 'Originality' } })

    save()

    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('This judging stage is frozen and cannot change.')
    expect(alert.textContent).toContain('the rubric cannot change after any judge has scored')
  })

  it('puts the server’s field errors beside their fields and in the summary', async () => {
    fakeApi({
      'PUT /api/v1/stages/s1': () =>
        problem(422, 'validation_failed', [{ field: 'rubric.criteria[1].weight', code: 'out_of_range', message: 'The weight lies above 0 and at most 100.' }]),
    })
    renderEditor()

    save()

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Criterion 2 · Weight: The weight lies above 0 and at most 100.' })).toBeTruthy()
    expect(document.getElementById('stage-rubric-criteria-1-weight')?.getAttribute('aria-invalid')).toBe('true')
  })

  it('shows a closed stage read-only', () => {
    fakeApi({})
    renderEditor({ ...stage, state: 'closed', closed_at: '2026-12-01T00:00:00Z' })

    expect(screen.getByText('This stage is closed and its results are final: its settings cannot change.')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Save the settings' })).toBeNull()
    expect(stageName().closest('fieldset')?.disabled).toBe(true)
  })
})
