import { createContext, useContext } from 'react'
import type { Me, SignInRequest } from '../../../lib/api/types'

export type AuthState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; user: Me }

export interface AuthValue {
  state: AuthState
  /** Throws the API's error (401 wrong credentials, 429 throttled) for the form to show. */
  signIn: (credentials: SignInRequest) => Promise<void>
  signOut: () => Promise<void>
}

export const AuthContext = createContext<AuthValue | null>(null)

export function useAuth(): AuthValue {
  const value = useContext(AuthContext)
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>')
  return value
}
