// @vitest-environment happy-dom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { useEffect, useState } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { setAccessToken } from '../../../../lib/api-client'
import { fakeApi, problem } from '../../../../testing/fake-api'
import { jsonResponse, renderWithApp } from '../../../../testing/render'
import { DocumentErrorsContext } from '../../hooks/document-errors'
import { draftFromContest, type ContestDraft } from '../../utils/contest-draft'
import { draftContest } from '../../testing/fixtures'
import { TextsSection } from './about-sections'

beforeEach(() => {
  localStorage.setItem('modu.language', 'en')
  setAccessToken('token')
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

/** Sets the section's document errors, as a refused save does. */
let refuseSave: (errors: Record<string, string>) => void = () => {}

/** The section over the fixture's draft, kept in state as the editor keeps it. */
function Texts() {
  const [draft, setDraft] = useState<ContestDraft>(() => draftFromContest(draftContest))
  const [errors, setErrors] = useState<Record<string, string>>({})
  useEffect(() => {
    refuseSave = setErrors
  }, [])
  return (
    <DocumentErrorsContext.Provider value={errors}>
      <TextsSection draft={draft} onChange={(patch) => setDraft((current) => ({ ...current, ...patch }))} />
    </DocumentErrorsContext.Provider>
  )
}

const PREVIEW = 'POST /api/v1/markdown/preview'
const text = (name: 'Description' | 'Rules') => within(screen.getByRole('group', { name }))
const textarea = (name: 'Description' | 'Rules', language: 'Korean' | 'English') =>
  text(name).getByLabelText(new RegExp(`^${language}`), { selector: 'textarea' }) as HTMLTextAreaElement
const modes = (name: 'Description' | 'Rules', language: 'Korean' | 'English') =>
  within(text(name).getByRole('group', { name: `Show as: ${language}` }))
const choose = (name: 'Description' | 'Rules', language: 'Korean' | 'English', mode: 'Write' | 'Preview') =>
  fireEvent.click(modes(name, language).getByRole('button', { name: mode }))
const previewOf = (name: 'Description' | 'Rules', language: 'Korean' | 'English') =>
  within(text(name).getByRole('region', { name: `Preview: ${language}` }))

describe('the Markdown preview of the contest’s texts', () => {
  it('offers Write and Preview for each language of the description and the rules, Write chosen', () => {
    renderWithApp(<Texts />)
    for (const name of ['Description', 'Rules'] as const) {
      for (const language of ['Korean', 'English'] as const) {
        expect(modes(name, language).getByRole('button', { name: 'Write' }).getAttribute('aria-pressed')).toBe('true')
        expect(modes(name, language).getByRole('button', { name: 'Preview' }).getAttribute('aria-pressed')).toBe('false')
        expect(textarea(name, language).hidden).toBe(false)
      }
    }
  })

  it('sends the typed Markdown when Preview is chosen, says it is working, then shows the server’s HTML', async () => {
    let answer!: (response: Response) => void
    const api = fakeApi({ [PREVIEW]: () => new Promise<Response>((resolve) => (answer = resolve)) })
    renderWithApp(<Texts />)

    fireEvent.change(textarea('Description', 'English'), { target: { value: '# Welcome\n\nName **the bridge**.' } })
    choose('Description', 'English', 'Preview')

    expect(modes('Description', 'English').getByRole('button', { name: 'Preview' }).getAttribute('aria-pressed')).toBe('true')
    expect(textarea('Description', 'English').hidden).toBe(true)
    expect(await previewOf('Description', 'English').findByRole('status')).toHaveProperty('textContent', 'Making the preview…')
    await waitFor(() => expect(api.sent).toHaveLength(1))
    expect(api.sent[0]).toEqual({ method: 'POST', path: '/api/v1/markdown/preview', body: { markdown: '# Welcome\n\nName **the bridge**.' } })

    answer(jsonResponse(200, { html: '<h1>Welcome</h1>\n<p>Name <strong>the bridge</strong>.</p>' }))
    // Rendered as the contest page renders it: headings moved under the page's own.
    const heading = await previewOf('Description', 'English').findByRole('heading', { level: 3, name: 'Welcome' })
    expect(heading.closest('[lang]')?.getAttribute('lang')).toBe('en')
    expect(previewOf('Description', 'English').getByText('the bridge').tagName).toBe('STRONG')
    // The other texts stay as they were.
    expect(textarea('Description', 'Korean').hidden).toBe(false)
    expect(textarea('Rules', 'English').hidden).toBe(false)
  })

  it('shows why the server refused the preview: a text over its limit', async () => {
    fakeApi({ [PREVIEW]: () => problem(422, 'validation_failed', [{ field: 'markdown', code: 'invalid_length', message: 'too long' }]) })
    renderWithApp(<Texts />)

    choose('Description', 'Korean', 'Preview')

    expect((await previewOf('Description', 'Korean').findByRole('alert')).textContent).toBe(
      'The text is too long to preview: at most 20,000 characters.',
    )
    // Asking again would not change the answer.
    expect(previewOf('Description', 'Korean').queryByRole('button', { name: 'Try the preview again' })).toBeNull()
  })

  it('shows the catalogue’s message for any other error, and tries again when asked', async () => {
    const api = fakeApi({ [PREVIEW]: () => problem(500, 'internal_error') })
    renderWithApp(<Texts />)

    choose('Description', 'Korean', 'Preview')

    const alert = await previewOf('Description', 'Korean').findByRole('alert')
    expect(alert.textContent).toContain('Something went wrong on the server. Please try again later.')
    api.routes[PREVIEW] = { html: '<p>안내</p>' }
    fireEvent.click(within(alert).getByRole('button', { name: 'Try the preview again' }))
    expect(await previewOf('Description', 'Korean').findByText('안내')).toBeTruthy()
    expect(api.sent.map((request) => request.body)).toEqual([{ markdown: '# 안내' }, { markdown: '# 안내' }])
  })

  it('says there is nothing to preview for an empty text, without asking the server', async () => {
    const api = fakeApi({ [PREVIEW]: { html: '' } })
    renderWithApp(<Texts />)

    choose('Rules', 'Korean', 'Preview')

    expect(previewOf('Rules', 'Korean').getByText('Nothing to preview yet. Choose Write and type the text.')).toBeTruthy()
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(api.sent).toEqual([])
  })

  it('shows the textarea again on Write, with the text unchanged and focus in it', async () => {
    fakeApi({ [PREVIEW]: { html: '<p>Keep me</p>' } })
    renderWithApp(<Texts />)
    const korean = textarea('Rules', 'Korean')
    fireEvent.change(korean, { target: { value: '- 1인 1작품\n- 표절 금지' } })
    korean.setSelectionRange(3, 3)

    choose('Rules', 'Korean', 'Preview')
    await previewOf('Rules', 'Korean').findByText('Keep me')
    choose('Rules', 'Korean', 'Write')

    expect(text('Rules').queryByRole('region', { name: 'Preview: Korean' })).toBeNull()
    expect(modes('Rules', 'Korean').getByRole('button', { name: 'Write' }).getAttribute('aria-pressed')).toBe('true')
    // The same textarea, never taken out of the page.
    expect(textarea('Rules', 'Korean')).toBe(korean)
    expect(korean.hidden).toBe(false)
    expect(korean.value).toBe('- 1인 1작품\n- 표절 금지')
    expect(korean.selectionStart).toBe(3)
    await waitFor(() => expect(document.activeElement).toBe(korean))
  })

  it('goes back to Write when a save is refused with an error for that text, so the error can be reached', async () => {
    fakeApi({ [PREVIEW]: { html: '<h1>안내</h1>' } })
    renderWithApp(<Texts />)
    choose('Description', 'Korean', 'Preview')
    await previewOf('Description', 'Korean').findByRole('heading', { name: '안내' })

    act(() => refuseSave({ 'description.ko': 'This field is required.' }))

    await waitFor(() => expect(textarea('Description', 'Korean').hidden).toBe(false))
    expect(textarea('Description', 'Korean').getAttribute('aria-invalid')).toBe('true')
    expect(text('Description').getByText('This field is required.')).toBeTruthy()
  })
})
