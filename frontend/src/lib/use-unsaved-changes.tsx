/**
 * Unsaved changes in an editor. While `dirty` (what is typed differs from
 * what was loaded or last saved), leaving for another page of the app asks
 * first ("Stay" / "Leave without saving", react-router's `useBlocker`), and
 * closing or reloading the tab makes the browser ask (`beforeunload`).
 *
 *   const { prompt, markSaved } = useUnsavedChanges(dirty)
 *   …
 *   {prompt}   // render it once, outside any disabled fieldset
 *
 * An editor that navigates away in the same tick as a save succeeds (before
 * it renders again with `dirty` false) calls `markSaved()` first, so its own
 * navigation is not questioned. Only one editor per page may use it (a
 * router has one blocker at a time).
 */
import { useCallback, useContext, useEffect, useRef, type ReactNode } from 'react'
import { UNSAFE_DataRouterContext } from 'react-router'
import { NavigationGuard } from '../components/ui/leave-confirmation'

/**
 * A form's values as text, to tell whether they differ from those loaded or
 * saved: object keys sorted, so the same content compares equal however its
 * objects were built (a key added by an edit comes last), and without the
 * `ignored` keys (such as row ids made afresh on every read).
 */
export function snapshot(value: unknown, ignored: readonly string[] = []): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === 'object' && !Array.isArray(item)
      ? Object.fromEntries(
          Object.entries(item)
            .filter(([key]) => !ignored.includes(key))
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : item,
  )
}

export interface UnsavedChanges {
  /** The confirmation, shown when a navigation was held back; null otherwise. */
  prompt: ReactNode
  /** What is on screen has just been saved: let the next navigation through until the next render. */
  markSaved: () => void
}

export function useUnsavedChanges(dirty: boolean): UnsavedChanges {
  const guarding = useRef(dirty)
  // After every render: a `markSaved()` lasts until the editor shows its state again.
  useEffect(() => {
    guarding.current = dirty
  })

  useEffect(() => {
    if (!dirty) return
    const warn = (event: BeforeUnloadEvent) => {
      if (!guarding.current) return
      event.preventDefault()
      // Older browsers ask only when a return value is set.
      event.returnValue = ''
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [dirty])

  const markSaved = useCallback(() => {
    guarding.current = false
  }, [])

  // useBlocker needs a data router (the app's createBrowserRouter); under a
  // plain <MemoryRouter> (some component tests) only the tab is guarded.
  const dataRouter = useContext(UNSAFE_DataRouterContext) !== null
  return { prompt: dataRouter ? <NavigationGuard guarding={guarding} /> : null, markSaved }
}
