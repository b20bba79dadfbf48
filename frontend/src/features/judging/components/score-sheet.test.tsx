// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import type { ScoreView, StageView } from '../../../lib/api/types'
import { fakeApi, problem } from '../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../testing/render'
import { score, stage } from '../testing/fixtures'
import { ScoreSheet } from './score-sheet'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function renderSheet(initial: ScoreView | null = null, onReload = vi.fn(async () => initial), theStage: StageView = stage) {
  const onSaved = vi.fn()
  renderWithApp(
    <ScoreSheet stage={theStage} assignmentId="a1" score={initial} onSaved={onSaved} onReload={onReload} registerFlush={() => {}} />,
  )
  return { onSaved, onReload }
}

const originality = () => screen.getByRole('spinbutton', { name: /Originality/ }) as HTMLInputElement
const clarity = () => screen.getByRole('spinbutton', { name: /Clarity/ }) as HTMLInputElement
const total = () => screen.getByRole('status', { name: 'Weighted total' }).textContent
const key = (element: Element, k: string, init: KeyboardEventInit = {}) => fireEvent.keyDown(element, { key: k, ...init })

describe('ScoreSheet keyboard', () => {
  it('moves the focused criterion by its step with the arrows and + / −', () => {
    fakeApi({})
    renderSheet(score({ originality: 10, clarity: 5 }))

    key(originality(), 'ArrowUp')
    key(originality(), '+')
    expect(originality().value).toBe('12')
    key(originality(), 'ArrowDown')
    expect(originality().value).toBe('11')

    key(clarity(), 'ArrowUp')
    expect(clarity().value).toBe('5.5')
    key(clarity(), '-')
    key(clarity(), '-')
    expect(clarity().value).toBe('4.5')
  })

  it('keeps scores inside the range, and Home/End/PageUp/PageDown reach the bounds', () => {
    fakeApi({})
    renderSheet(score({ originality: 29, clarity: 0.5 }))

    key(originality(), 'ArrowUp')
    key(originality(), 'ArrowUp')
    expect(originality().value).toBe('30')
    key(clarity(), 'ArrowDown')
    key(clarity(), 'ArrowDown')
    expect(clarity().value).toBe('0')
    key(originality(), 'PageDown')
    expect(originality().value).toBe('20')
    key(originality(), 'PageDown')
    key(originality(), 'PageDown')
    key(originality(), 'PageDown')
    expect(originality().value).toBe('0')
    key(clarity(), 'End')
    expect(clarity().value).toBe('10')
    key(clarity(), 'Home')
    expect(clarity().value).toBe('0')
  })

  it('starts an empty criterion at its lowest score', () => {
    fakeApi({})
    renderSheet()
    key(clarity(), 'ArrowUp')
    expect(clarity().value).toBe('0')
  })

  it('shows the weighted total as scores change', () => {
    fakeApi({})
    renderSheet()
    expect(total()).toBe('0 of 70 points')
    fireEvent.change(originality(), { target: { value: '20' } })
    expect(total()).toBe('40 of 70 points')
    fireEvent.change(clarity(), { target: { value: '7.5' } })
    expect(total()).toBe('47.5 of 70 points')
    // A value that is not a score does not count
    fireEvent.change(clarity(), { target: { value: 'x' } })
    expect(total()).toBe('40 of 70 points')
  })

  it('types a digit pressed outside any field into the criterion last worked on', () => {
    fakeApi({})
    renderSheet()
    key(document.body, '7')
    expect(originality().value).toBe('7')
    expect(document.activeElement).toBe(originality())
  })

  it('Enter moves on to the next criterion', () => {
    fakeApi({})
    renderSheet()
    originality().focus()
    key(originality(), 'Enter')
    expect(document.activeElement).toBe(clarity())
  })
})

describe('ScoreSheet saving', () => {
  it('Ctrl+S saves a draft with the version read, and says so', async () => {
    const api = fakeApi({ 'PUT /api/v1/assignments/a1/score': score({ originality: 12 }, 'draft', 3) })
    const { onSaved } = renderSheet(score({ originality: 10 }, 'draft', 2))

    fireEvent.change(originality(), { target: { value: '12' } })
    key(document.body, 's', { ctrlKey: true })

    await screen.findByText(/Draft saved at/)
    expect(api.sent).toEqual([
      { method: 'PUT', path: '/api/v1/assignments/a1/score', body: { values: { originality: 12 }, comment: null, submit: false, version: 2 } },
    ])
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ version: 3 }))
  })

  it('Ctrl+Enter submits, and refuses before sending when a criterion is missing', async () => {
    const api = fakeApi({ 'PUT /api/v1/assignments/a1/score': score({ originality: 12, clarity: 3 }, 'submitted', 1) })
    renderSheet()

    fireEvent.change(originality(), { target: { value: '12' } })
    key(originality(), 'Enter', { ctrlKey: true })
    expect(await screen.findByRole('link', { name: 'Clarity: This field is required.' })).toBeTruthy()
    expect(api.sent).toEqual([])

    fireEvent.change(clarity(), { target: { value: '3' } })
    key(clarity(), 'Enter', { metaKey: true })
    await screen.findByText(/Score submitted at/)
    expect(api.sent[0].body).toEqual({ values: { originality: 12, clarity: 3 }, comment: null, submit: true })
  })

  it('refuses an off-step or out-of-range score before sending', async () => {
    const api = fakeApi({})
    renderSheet()
    fireEvent.change(originality(), { target: { value: '31' } })
    fireEvent.change(clarity(), { target: { value: '2.25' } })
    key(document.body, 's', { ctrlKey: true })
    expect(await screen.findByText('Originality: Enter 30 or less.')).toBeTruthy()
    expect(screen.getByText('Clarity: Please give a score in steps of 0.5 from 0.')).toBeTruthy()
    expect(api.sent).toEqual([])
  })

  it('shows a 409 version_conflict as a reload prompt, and reloads the newer score', async () => {
    fakeApi({ 'PUT /api/v1/assignments/a1/score': () => problem(409, 'version_conflict') })
    const onReload = vi.fn(async () => score({ originality: 25 }, 'draft', 7))
    renderSheet(score({ originality: 10 }), onReload)

    fireEvent.change(originality(), { target: { value: '11' } })
    key(document.body, 's', { ctrlKey: true })

    const alert = await screen.findByText('This score was changed elsewhere')
    expect(alert.closest('[role=alert]')).toBeTruthy()
    expect(originality().readOnly).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Load the newer version' }))
    await waitFor(() => expect(originality().value).toBe('25'))
    expect(screen.queryByText('This score was changed elsewhere')).toBeNull()
    expect(originality().readOnly).toBe(false)
  })

  it('says clearly when the scoring window has closed (409 scoring_closed)', async () => {
    fakeApi({ 'PUT /api/v1/assignments/a1/score': () => problem(409, 'scoring_closed') })
    renderSheet(score({ originality: 10 }))
    fireEvent.change(originality(), { target: { value: '11' } })
    key(document.body, 's', { ctrlKey: true })
    const message = await screen.findByText('The scoring window has ended: scores can no longer be saved.')
    expect(message.closest('[role=alert]')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Save draft' })).toBeNull()
  })

  it('puts the server’s 422 field errors on their criteria', async () => {
    fakeApi({
      'PUT /api/v1/assignments/a1/score': () =>
        problem(422, 'validation_failed', [{ field: 'scores.clarity', code: 'off_step', message: 'Scores go in steps of 0.5 from 0.' }]),
    })
    renderSheet()
    fireEvent.change(clarity(), { target: { value: '3' } })
    key(document.body, 's', { ctrlKey: true })
    await screen.findByRole('link', { name: 'Clarity: This score is not on the allowed steps.' })
    expect(clarity().getAttribute('aria-invalid')).toBe('true')
  })

  it('keeps a submitted score submitted when it is changed and saved again', async () => {
    const api = fakeApi({
      'PUT /api/v1/assignments/a1/score': (_: Request, body: unknown) =>
        jsonResponse(200, score((body as { values: Record<string, number> }).values, 'submitted', 5)),
    })
    renderSheet(score({ originality: 10, clarity: 2 }, 'submitted', 4))
    expect(screen.queryByRole('button', { name: 'Save draft' })).toBeNull()
    key(originality(), 'ArrowUp')
    key(document.body, 's', { ctrlKey: true })
    await screen.findByText(/Score submitted at/)
    expect(api.sent[0].body).toMatchObject({ submit: true, version: 4, values: { originality: 11, clarity: 2 } })
  })

  it('a stage not open for scoring shows why and takes no input', () => {
    fakeApi({})
    renderSheet(null, undefined, { ...stage, state: 'ended' })
    expect(screen.getByText('The scoring window has ended: scores can no longer be saved.')).toBeTruthy()
    key(originality(), 'ArrowUp')
    expect(originality().value).toBe('')
  })
})
