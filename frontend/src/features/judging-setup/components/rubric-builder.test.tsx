// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import { fakeApi } from '../../../testing/fake-api'
import { renderWithApp } from '../../../testing/render'
import { contest } from '../testing/fixtures'
import { rubricDraft, type RubricDraft } from '../utils/rubric-draft'
import { RubricBuilder } from './rubric-builder'
import { StageEditor } from './stage-editor'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

const twoCriteria = rubricDraft({
  criteria: [
    { key: 'creativity', label: { ko: '창의성', en: 'Creativity' }, max: 30 },
    { key: 'feasibility', label: { ko: '실현가능성', en: 'Feasibility' }, max: 25 },
  ],
})

function Harness({ initial }: { initial: RubricDraft }) {
  const [rubric, setRubric] = useState(initial)
  return <RubricBuilder rubric={rubric} onChange={setRubric} errors={{}} />
}

const keys = () => screen.getAllByRole('textbox', { name: /^Key/ }).map((input) => (input as HTMLInputElement).value)

describe('RubricBuilder', () => {
  it('adds a criterion at the end and puts the cursor in its key', async () => {
    renderWithApp(<Harness initial={twoCriteria} />)

    fireEvent.click(screen.getByRole('button', { name: 'Add a criterion' }))

    expect(keys()).toEqual(['creativity', 'feasibility', ''])
    await waitFor(() => expect(document.activeElement?.id).toBe('stage-rubric-criteria-2-key'))
    expect(screen.getByRole('status').textContent).toBe('Criterion 3 added.')
  })

  it('removes the criterion whose remove button is pressed', () => {
    renderWithApp(<Harness initial={twoCriteria} />)

    fireEvent.click(screen.getByRole('button', { name: 'Remove 창의성' }))

    expect(keys()).toEqual(['feasibility'])
  })

  it('moves a criterion up, and keeps focus on the moved criterion', async () => {
    renderWithApp(<Harness initial={twoCriteria} />)

    fireEvent.click(screen.getByRole('button', { name: 'Move 실현가능성 up' }))

    expect(keys()).toEqual(['feasibility', 'creativity'])
    // It is first now: "up" is disabled, so focus goes to its "down".
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Move 실현가능성 down'))
    expect(screen.getByRole('button', { name: 'Move 실현가능성 up' })).toHaveProperty('disabled', true)
  })

  it('shows the highest possible total as Σ weight × maximum', () => {
    const weighted = { ...twoCriteria, criteria: twoCriteria.criteria.map((c, i) => ({ ...c, weight: i === 0 ? '2' : '1' })) }
    renderWithApp(<Harness initial={weighted} />)

    expect(screen.getByText('Highest possible total per judge: 85 points')).toBeTruthy()
  })
})

describe('StageEditor rubric checks', () => {
  function fillBasics() {
    fireEvent.change(screen.getByLabelText(/^Stage name \(Korean\)/), { target: { value: '서류 심사' } })
    fireEvent.change(screen.getByLabelText(/^Scoring opens/), { target: { value: '2026-11-01T09:00' } })
    fireEvent.change(screen.getByLabelText(/^Scoring closes/), { target: { value: '2026-11-30T18:00' } })
    const row = screen.getByRole('group', { name: 'Criterion 1' })
    fireEvent.change(within(row).getByLabelText(/^Key/), { target: { value: 'creativity' } })
    fireEvent.change(within(row).getByLabelText(/^Label \(Korean\)/), { target: { value: '창의성' } })
    return row
  }

  it('says beside the fields and in the summary when the range or step is wrong, and sends nothing', async () => {
    const api = fakeApi({})
    renderWithApp(<StageEditor contestId="c1" timeZone={contest.time_zone} position={1} onSaved={vi.fn()} onCancel={vi.fn()} />)
    const row = fillBasics()
    fireEvent.change(within(row).getByLabelText(/^Minimum/), { target: { value: '10' } })
    fireEvent.change(within(row).getByLabelText(/^Maximum points/), { target: { value: '5' } })

    fireEvent.click(screen.getByRole('button', { name: 'Add the stage' }))

    const summary = await screen.findByRole('alert')
    expect(within(summary).getByRole('link', { name: 'Criterion 1 · Maximum points: The maximum lies above the minimum and at most 1000.' })).toBeTruthy()
    const max = within(row).getByLabelText(/^Maximum points/)
    expect(max.getAttribute('aria-invalid')).toBe('true')
    expect(document.getElementById(max.getAttribute('aria-describedby')!)?.textContent).toBe(
      'The maximum lies above the minimum and at most 1000.',
    )
    expect(api.sent).toEqual([])
  })

  it('refuses a range that is not a whole number of steps', async () => {
    fakeApi({})
    renderWithApp(<StageEditor contestId="c1" timeZone={contest.time_zone} position={1} onSaved={vi.fn()} onCancel={vi.fn()} />)
    const row = fillBasics()
    fireEvent.change(within(row).getByLabelText(/^Step/), { target: { value: '3' } })

    fireEvent.click(screen.getByRole('button', { name: 'Add the stage' }))

    expect(await within(row).findByText('The range from minimum to maximum must be a whole number of steps.')).toBeTruthy()
  })

  it('sends a valid rubric with the window as instants of the contest’s zone', async () => {
    const api = fakeApi({ 'POST /api/v1/contests/c1/stages': { id: 's9' } })
    const onSaved = vi.fn()
    renderWithApp(<StageEditor contestId="c1" timeZone={contest.time_zone} position={1} onSaved={onSaved} onCancel={vi.fn()} />)
    fillBasics()

    fireEvent.click(screen.getByRole('button', { name: 'Add the stage' }))

    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(api.sent[0].body).toMatchObject({
      name: { ko: '서류 심사', en: null },
      opens_at: '2026-11-01T00:00:00.000Z',
      closes_at: '2026-11-30T09:00:00.000Z',
      rubric: { criteria: [{ key: 'creativity', label: { ko: '창의성', en: null }, min: 0, max: 10, step: 1, weight: 1 }] },
    })
  })
})
