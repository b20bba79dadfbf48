import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { onAccessTokenChange, refreshAccessToken, setAccessToken } from '../../../lib/api-client'
import type { SignInRequest } from '../../../lib/api/types'
import { getMe, signIn as requestSignIn, signOut as requestSignOut } from '../api/auth'
import { AuthContext, type AuthState, type AuthValue } from '../hooks/use-auth'

/**
 * Who is signed in. On page load the refresh cookie (if any) is traded for an
 * access token, which only the API client holds, in memory.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' })
  const queryClient = useQueryClient()

  useEffect(() => {
    let active = true
    refreshAccessToken()
      .then((ok) => (ok ? getMe() : null))
      .then(
        (user) => active && setState(user ? { status: 'signed-in', user } : { status: 'signed-out' }),
        () => active && setState({ status: 'signed-out' }),
      )
    // A failed refresh mid-session forgets the token: show the user signed out.
    const unsubscribe = onAccessTokenChange((token) => {
      if (token === null) setState({ status: 'signed-out' })
    })
    return () => {
      active = false
      unsubscribe()
    }
  }, [])

  const signIn = useCallback(async (credentials: SignInRequest) => {
    const tokens = await requestSignIn(credentials)
    setAccessToken(tokens.access_token)
    const user = await getMe()
    // Cached answers may belong to whoever used this tab before.
    queryClient.clear()
    setState({ status: 'signed-in', user })
  }, [queryClient])

  const signOut = useCallback(async () => {
    try {
      await requestSignOut()
    } catch {
      // The server could not be told (offline, already expired). This tab
      // forgets the session all the same; the cookie expires on its own.
    }
    setAccessToken(null)
    queryClient.clear()
    setState({ status: 'signed-out' })
  }, [queryClient])

  const value = useMemo<AuthValue>(() => ({ state, signIn, signOut }), [state, signIn, signOut])
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>
}
