import type { ReactNode } from 'react'

/**
 * Problems go in role="alert" (announced at once); confirmations in
 * role="status" (announced politely). Both stay in the DOM as text.
 */
export function ErrorAlert({ children }: { children: ReactNode }) {
  return (
    <div role="alert" className="notice notice-error">
      {children}
    </div>
  )
}

export function StatusMessage({ children }: { children: ReactNode }) {
  return (
    <div role="status" className="notice notice-success">
      {children}
    </div>
  )
}
