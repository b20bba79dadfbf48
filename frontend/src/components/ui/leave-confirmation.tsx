import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import { useBlocker, type BlockerFunction } from 'react-router'
import { useI18n } from '../../lib/i18n'
import { Button } from './button'

/**
 * "Leave without saving?" asked over the page (role="alertdialog"): focus
 * goes to "Stay", Tab keeps to the two buttons, Escape stays, and staying
 * puts focus back where it was (the link that was followed).
 */
export function LeaveConfirmation({ onStay, onLeave }: { onStay: () => void; onLeave: () => void }) {
  const { t } = useI18n()
  const id = useId()
  const dialog = useRef<HTMLDivElement>(null)
  // Read while rendering, before focus moves into the dialog.
  const [returnTo] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null))

  useEffect(() => {
    dialog.current?.querySelector<HTMLButtonElement>('button')?.focus()
  }, [])

  const stay = () => {
    onStay()
    if (returnTo && returnTo !== document.body && returnTo.isConnected) returnTo.focus()
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      stay()
      return
    }
    if (event.key !== 'Tab') return
    const buttons = Array.from(dialog.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])
    const first = buttons[0]
    const last = buttons[buttons.length - 1]
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault()
      last?.focus()
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault()
      first?.focus()
    }
  }

  return (
    <div className="leave-backdrop">
      <div
        ref={dialog}
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-body`}
        className="leave-dialog"
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>{t('unsaved.title')}</h2>
        <p id={`${id}-body`}>{t('unsaved.body')}</p>
        <div className="actions">
          <Button onClick={stay}>{t('unsaved.stay')}</Button>
          <Button variant="secondary" onClick={onLeave}>
            {t('unsaved.leave')}
          </Button>
        </div>
      </div>
    </div>
  )
}

/**
 * Holds back a move to another page (another path or query; not a #fragment)
 * while `guarding` holds true, and asks. Needs a data router; see
 * lib/use-unsaved-changes.tsx, which renders it.
 */
export function NavigationGuard({ guarding }: { guarding: RefObject<boolean> }) {
  // Read when a navigation starts, so it sees the ref as it is then.
  const shouldBlock: BlockerFunction = ({ currentLocation, nextLocation }) =>
    guarding.current &&
    (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search)
  const blocker = useBlocker(shouldBlock)
  if (blocker.state !== 'blocked') return null
  const { proceed, reset } = blocker
  return <LeaveConfirmation onStay={reset} onLeave={proceed} />
}
