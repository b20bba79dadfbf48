import type { AnchorHTMLAttributes } from 'react'
import { Link as RouterLink } from 'react-router'

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }

/** An in-app link: a real <a href>, navigated without a page load on a plain click. */
export function Link({ href, ...props }: LinkProps) {
  return <RouterLink to={href} {...props} />
}
