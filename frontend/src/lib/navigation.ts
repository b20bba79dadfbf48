/** Small helpers over react-router for the pages. */
import { useSearchParams } from 'react-router'

export function useSearchParam(name: string): string | null {
  const [params] = useSearchParams()
  return params.get(name)
}

/**
 * Where to go after signing in: the `next` parameter when it is a path on
 * this site (never another origin, so a crafted link cannot send people away).
 */
export function safeNextPath(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/'
}

export function signInPath(next: string): string {
  return `/sign-in?next=${encodeURIComponent(next)}`
}
