/** A signed-in (or signed-out) reader for components that ask `useAuth`, without the refresh dance. */
import type { ReactElement } from 'react'
import { AuthContext, type AuthState } from '../features/auth/hooks/use-auth'
import type { Me } from '../lib/api/types'

export const citizen: Me = {
  id: 'u1',
  email: 'citizen@example.kr',
  email_verified: true,
  display_name: '김시민',
  locale: 'ko',
  is_admin: false,
  created_at: '2026-01-01T00:00:00Z',
  birth_date: '1990-05-05',
  restrictions: [],
}

export function withAuth(ui: ReactElement, state: AuthState = { status: 'signed-in', user: citizen }) {
  return (
    <AuthContext.Provider value={{ state, signIn: async () => {}, signOut: async () => {} }}>{ui}</AuthContext.Provider>
  )
}
