// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../lib/api-client'
import type { StageView } from '../../../lib/api/types'
import { fakeApi } from '../../../testing/fake-api'
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

const meanStage: StageView = { ...stage, recipe: { ...stage.recipe, aggregation: { type: 'mean' } } }

function renderEditor(theStage: StageView = meanStage) {
  const onSaved = vi.fn()
  renderWithApp(<StageEditor contestId="c1" timeZone={contest.time_zone} stage={theStage} position={1} onSaved={onSaved} onCancel={vi.fn()} />)
  return { onSaved }
}

const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save the settings' }))
const type = (label: RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } })

describe('RecipeBuilder', () => {
  it('asks for k and m when the trimmed mean is chosen, and says both are needed', async () => {
    const api = fakeApi({})
    renderEditor()

    fireEvent.click(screen.getByLabelText('Trimmed mean (drop highest and lowest)'))
    type(/^Scores dropped at each end \(k\)/, '')
    type(/^Fewest judges for dropping \(m\)/, '')
    save()

    const summary = await screen.findByRole('alert')
    expect(within(summary).getAllByRole('link').map((link) => link.textContent)).toEqual([
      'Scores dropped at each end (k): Please enter a value.',
      'Fewest judges for dropping (m): Please enter a value.',
    ])
    expect(api.sent).toEqual([])
  })

  it('needs m to be at least 2k + 1', async () => {
    fakeApi({})
    renderEditor()

    fireEvent.click(screen.getByLabelText('Trimmed mean (drop highest and lowest)'))
    type(/^Scores dropped at each end \(k\)/, '2')
    type(/^Fewest judges for dropping \(m\)/, '4')
    save()

    expect(await screen.findByText('Dropping the 2 highest and lowest needs at least 5 judges.', { selector: '.field-error' })).toBeTruthy()
  })

  it('sends the trimmed mean with its k and m', async () => {
    const api = fakeApi({ 'PUT /api/v1/stages/s1': { ...stage, version: 5 } })
    const { onSaved } = renderEditor()

    fireEvent.click(screen.getByLabelText('Trimmed mean (drop highest and lowest)'))
    type(/^Scores dropped at each end \(k\)/, '1')
    type(/^Fewest judges for dropping \(m\)/, '3')
    save()

    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(api.sent[0].body).toMatchObject({ version: 4, recipe: { aggregation: { type: 'trimmed_mean', drop: 1, min_judges: 3 } } })
  })

  it('needs the jury and public weights to add up to 100, and sends them as shares', async () => {
    const api = fakeApi({ 'PUT /api/v1/stages/s1': { ...stage, version: 5 } })
    const { onSaved } = renderEditor()

    fireEvent.click(screen.getByLabelText('Blend in the public vote'))
    type(/^Jury share/, '70')
    type(/^Public share/, '20')
    save()
    expect(await screen.findByText('The jury and public shares must add up to 100 (now 90).', { selector: '.field-error' })).toBeTruthy()

    type(/^Public share/, '30')
    save()
    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(api.sent[0].body).toMatchObject({ recipe: { blend: { jury: 0.7, public: 0.3 } } })
  })

  it('adds a bonus rule with points and a cap, and tie-breaks in the order listed', async () => {
    const api = fakeApi({ 'PUT /api/v1/stages/s1': { ...stage, version: 5 } })
    const { onSaved } = renderEditor()

    fireEvent.click(screen.getByRole('button', { name: 'Add a bonus rule' }))
    const rule = screen.getByRole('group', { name: 'Bonus rule 2' })
    fireEvent.change(within(rule).getByLabelText(/^Key/), { target: { value: 'youth' } })
    fireEvent.change(within(rule).getByLabelText(/^Description \(Korean\)/), { target: { value: '청년 가산점' } })
    fireEvent.change(within(rule).getByLabelText(/^Points/), { target: { value: '2' } })
    fireEvent.click(screen.getByRole('button', { name: 'Move Earlier submission up' }))
    save()

    await waitFor(() => expect(onSaved).toHaveBeenCalled())
    expect(api.sent[0].body).toMatchObject({
      recipe: {
        bonus_rules: [stage.recipe.bonus_rules![0], { key: 'youth', label: { ko: '청년 가산점', en: null }, points: 2 }],
        bonus_cap: 5,
        tie_breaks: [{ type: 'earliest_submission' }, { type: 'criterion', key: 'creativity' }],
        advance: { type: 'top_n', n: 14 },
      },
    })
  })

  it('shows only the advance rule for a pairwise stage', () => {
    fakeApi({})
    renderEditor({ ...stage, mode: 'pairwise', assignment: { mode: 'everyone' } })

    expect(screen.queryByRole('heading', { name: 'Rubric' })).toBeNull()
    expect(screen.queryByRole('group', { name: 'Normalization' })).toBeNull()
    expect(screen.getByRole('group', { name: 'Advance rule' })).toBeTruthy()
  })
})
