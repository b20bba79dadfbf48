// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react'
import { useState } from 'react'
import { Link } from 'react-router'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { renderRoutes } from '../testing/render'
import { snapshot, useUnsavedChanges } from './use-unsaved-changes'

beforeEach(() => localStorage.setItem('modu.language', 'en'))
afterEach(cleanup)

/** The smallest editor: one text, saved at once. */
function NoteEditor() {
  const [saved, setSaved] = useState('')
  const [text, setText] = useState('')
  const { prompt } = useUnsavedChanges(text !== saved)
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        setSaved(text)
      }}
    >
      <label htmlFor="note">Note</label>
      <input id="note" value={text} onChange={(event) => setText(event.target.value)} />
      <button type="submit">Save</button>
      <Link to="/elsewhere">Elsewhere</Link>
      {prompt}
    </form>
  )
}

function openEditor() {
  return renderRoutes(
    [
      { path: '/note', element: <NoteEditor /> },
      { path: '/elsewhere', element: <h1>Elsewhere page</h1> },
    ],
    { path: '/note' },
  )
}

const note = () => screen.getByLabelText('Note') as HTMLInputElement
const type = (value: string) => fireEvent.change(note(), { target: { value } })
const leave = () => fireEvent.click(screen.getByRole('link', { name: 'Elsewhere' }))
const dialog = () => screen.findByRole('alertdialog', { name: 'You have unsaved changes' })

describe('useUnsavedChanges', () => {
  it('leaving an editor with nothing typed does not ask', async () => {
    openEditor()
    leave()
    expect(await screen.findByRole('heading', { name: 'Elsewhere page' })).toBeTruthy()
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('leaving a dirty editor asks first, with focus on “Stay”', async () => {
    const { router } = openEditor()
    type('half a thought')
    leave()

    const asked = await dialog()
    expect(asked.getAttribute('aria-modal')).toBe('true')
    expect(asked.textContent).toContain('If you leave this page, what you typed is lost.')
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Stay' }))
    expect(router.state.location.pathname).toBe('/note')
  })

  it('“Stay” keeps the typed text, and focus goes back to the link followed', async () => {
    const { router } = openEditor()
    type('half a thought')
    screen.getByRole('link', { name: 'Elsewhere' }).focus()
    leave()
    await dialog()

    fireEvent.click(screen.getByRole('button', { name: 'Stay' }))

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    expect(note().value).toBe('half a thought')
    expect(router.state.location.pathname).toBe('/note')
    expect(document.activeElement).toBe(screen.getByRole('link', { name: 'Elsewhere' }))
  })

  it('Escape stays too', async () => {
    openEditor()
    type('half a thought')
    leave()

    fireEvent.keyDown(await dialog(), { key: 'Escape' })

    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    expect(note().value).toBe('half a thought')
  })

  it('Tab keeps to the dialog’s two buttons', async () => {
    openEditor()
    type('half a thought')
    leave()
    const asked = await dialog()
    const stay = screen.getByRole('button', { name: 'Stay' })
    const go = screen.getByRole('button', { name: 'Leave without saving' })

    go.focus()
    fireEvent.keyDown(asked, { key: 'Tab' })
    expect(document.activeElement).toBe(stay)
    fireEvent.keyDown(asked, { key: 'Tab', shiftKey: true })
    expect(document.activeElement).toBe(go)
  })

  it('“Leave without saving” goes where the link pointed', async () => {
    const { router } = openEditor()
    type('half a thought')
    leave()
    fireEvent.click(await screen.findByRole('button', { name: 'Leave without saving' }))

    expect(await screen.findByRole('heading', { name: 'Elsewhere page' })).toBeTruthy()
    expect(router.state.location.pathname).toBe('/elsewhere')
  })

  it('after a save, leaving does not ask', async () => {
    openEditor()
    type('a whole thought')
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    leave()

    expect(await screen.findByRole('heading', { name: 'Elsewhere page' })).toBeTruthy()
    expect(screen.queryByRole('alertdialog')).toBeNull()
  })

  it('a text typed and typed back is no change', async () => {
    openEditor()
    type('oops')
    type('')
    leave()
    expect(await screen.findByRole('heading', { name: 'Elsewhere page' })).toBeTruthy()
  })

  it('makes the browser ask before the tab closes only while something is unsaved', () => {
    openEditor()
    const closing = () => {
      const event = new Event('beforeunload', { cancelable: true })
      // The legacy returnValue the handler also sets, as a plain property here.
      Object.defineProperty(event, 'returnValue', { value: undefined, writable: true })
      window.dispatchEvent(event)
      return event.defaultPrevented
    }
    expect(closing()).toBe(false)
    type('half a thought')
    expect(closing()).toBe(true)
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    expect(closing()).toBe(false)
  })
})

describe('snapshot', () => {
  it('compares content, not the order keys were added in, and leaves out the keys asked', () => {
    expect(snapshot({ a: 1, b: { c: 2, d: 3 } })).toBe(snapshot({ b: { d: 3, c: 2 }, a: 1 }))
    expect(snapshot([{ uid: 'x', key: 'k' }], ['uid'])).toBe(snapshot([{ uid: 'y', key: 'k' }], ['uid']))
    expect(snapshot([1, 2])).not.toBe(snapshot([2, 1]))
  })
})
