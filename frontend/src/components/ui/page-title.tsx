import { useEffect, type ReactNode } from 'react'

/**
 * The page's single <h1>, which also sets the document title. It is the
 * target focused after client-side navigation (see app/layout.tsx).
 */
export function PageTitle({ children, documentTitle }: { children: ReactNode; documentTitle: string }) {
  useEffect(() => {
    document.title = documentTitle === 'Modu · 모두' ? documentTitle : `${documentTitle} · Modu`
  }, [documentTitle])
  return (
    <h1 id="page-title" tabIndex={-1}>
      {children}
    </h1>
  )
}
