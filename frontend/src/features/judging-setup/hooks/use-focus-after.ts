import { useEffect, useRef } from 'react'

/**
 * Moves focus to an element once it exists after the next render, e.g. the
 * first input of a row just added, or the "move up" button of a row that
 * moved (a list re-ordered under the keyboard must not drop focus).
 */
export function useFocusAfterRender() {
  const pending = useRef<string | null>(null)
  useEffect(() => {
    if (pending.current === null) return
    document.getElementById(pending.current)?.focus()
    pending.current = null
  })
  return (id: string) => {
    pending.current = id
  }
}
