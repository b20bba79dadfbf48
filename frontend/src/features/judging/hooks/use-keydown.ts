import { useEffect, useRef } from 'react'

/**
 * Listens to every key pressed on the page while mounted. The handler may
 * change between renders without re-subscribing.
 */
export function useKeydown(handler: (event: KeyboardEvent) => void, enabled = true) {
  const current = useRef(handler)
  useEffect(() => {
    current.current = handler
  })
  useEffect(() => {
    if (!enabled) return
    const listener = (event: KeyboardEvent) => current.current(event)
    window.addEventListener('keydown', listener)
    return () => window.removeEventListener('keydown', listener)
  }, [enabled])
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', 'date'])

/** Whether keys typed now go into a text field (so single-letter shortcuts must leave them alone). */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  return target instanceof HTMLInputElement && TEXT_INPUTS.has(target.type)
}

/** Ctrl on most systems, ⌘ on Apple's. */
export const hasCommandKey = (event: KeyboardEvent) => event.ctrlKey || event.metaKey
