import type { ReactNode } from 'react'
import { AuthProvider } from '../features/auth/components/auth-provider'
import { I18nProvider } from '../lib/i18n'

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <I18nProvider>
      <AuthProvider>{children}</AuthProvider>
    </I18nProvider>
  )
}
