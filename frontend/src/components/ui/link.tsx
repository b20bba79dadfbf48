import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import { navigate } from '../../lib/navigation'

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }

/** An in-app link: a real <a href>, navigated without a page load on a plain click. */
export function Link({ href, onClick, ...props }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    const opensElsewhere =
      event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || props.target
    if (event.defaultPrevented || opensElsewhere) return
    event.preventDefault()
    navigate(href)
  }
  return <a href={href} onClick={handleClick} {...props} />
}
