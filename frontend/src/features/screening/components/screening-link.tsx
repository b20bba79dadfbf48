import type { AnchorHTMLAttributes } from 'react'
import { Link as RouterLink, useLocation } from 'react-router'

type Props = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string; trail?: string[] }

/**
 * A link within the screening list that keeps the pages already walked
 * through (history state, see `ScreeningScreen`), so "previous page" still
 * works after opening and closing an entry. `trail` replaces them.
 */
export function ScreeningLink({ href, trail, ...props }: Props) {
  const location = useLocation()
  const state = trail !== undefined ? { trail } : (location.state as unknown)
  return <RouterLink to={href} state={state} {...props} />
}
