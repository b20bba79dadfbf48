/** The authentication endpoints (none of them is retried after a refresh: see api-client). */
import { client, unwrap } from '../../../lib/api-client'
import type { RegisterRequest, SignInRequest } from '../../../lib/api/types'

export const register = (body: RegisterRequest) => unwrap(client.POST('/api/v1/auth/register', { body }))

export const signIn = (body: SignInRequest) => unwrap(client.POST('/api/v1/auth/sign-in', { body }))

/** Revokes the refresh cookie's session; the server answers 204. */
export const signOut = () => unwrap(client.POST('/api/v1/auth/sign-out'))

export const verifyEmail = (token: string) => unwrap(client.POST('/api/v1/auth/verify-email', { body: { token } }))

export const requestPasswordReset = (email: string) =>
  unwrap(client.POST('/api/v1/auth/password-reset', { body: { email } }))

export const confirmPasswordReset = (token: string, newPassword: string) =>
  unwrap(client.POST('/api/v1/auth/password-reset/confirm', { body: { token, new_password: newPassword } }))

/** The signed-in user (Bearer token; refreshed once on 401 by the client). */
export const getMe = () => unwrap(client.GET('/api/v1/me'))
