/**
 * A minimal client-side router: the current location as React state, and
 * navigation through history.pushState. Enough for a handful of pages; the
 * full web UI may swap it for a router library behind the same helpers.
 */
import { useSyncExternalStore } from 'react'

const NAVIGATE_EVENT = 'modu:navigate'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange)
  window.addEventListener(NAVIGATE_EVENT, onChange)
  return () => {
    window.removeEventListener('popstate', onChange)
    window.removeEventListener(NAVIGATE_EVENT, onChange)
  }
}

const currentHref = () => window.location.pathname + window.location.search

/** Path plus query string, e.g. `/reset-password?token=abc`. */
export function useLocationHref(): string {
  return useSyncExternalStore(subscribe, currentHref)
}

export function usePathname(): string {
  return new URL(useLocationHref(), window.location.origin).pathname
}

export function useSearchParam(name: string): string | null {
  return new URL(useLocationHref(), window.location.origin).searchParams.get(name)
}

export function navigate(to: string, { replace = false } = {}): void {
  if (replace) window.history.replaceState(null, '', to)
  else window.history.pushState(null, '', to)
  window.dispatchEvent(new Event(NAVIGATE_EVENT))
  window.scrollTo(0, 0)
}
