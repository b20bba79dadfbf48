import { useLocation } from 'react-router'

/** The cursors of the pages before this one, oldest first ('' is the first page). */
export function useTrail(): string[] {
  const state = useLocation().state as { trail?: unknown } | null
  return Array.isArray(state?.trail) ? state.trail.filter((c): c is string => typeof c === 'string') : []
}
