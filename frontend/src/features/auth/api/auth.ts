/** The authentication endpoints. None of them sends the Bearer token. */
import { api } from '../../../lib/api-client'
import type {
  Accepted,
  Me,
  PasswordResetConfirm,
  PasswordResetRequest,
  RegisterRequest,
  SignInRequest,
  TokenResponse,
  VerifyEmailRequest,
} from '../../../lib/api-types'

const anonymous = { auth: false }

export const register = (body: RegisterRequest) =>
  api.post<Accepted>('/api/v1/auth/register', body, anonymous)

export const signIn = (body: SignInRequest) =>
  api.post<TokenResponse>('/api/v1/auth/sign-in', body, anonymous)

/** Revokes the refresh cookie's session; the server answers 204. */
export const signOut = () => api.post<void>('/api/v1/auth/sign-out', undefined, anonymous)

export const verifyEmail = (body: VerifyEmailRequest) =>
  api.post<unknown>('/api/v1/auth/verify-email', body, anonymous)

export const requestPasswordReset = (body: PasswordResetRequest) =>
  api.post<unknown>('/api/v1/auth/password-reset', body, anonymous)

export const confirmPasswordReset = (body: PasswordResetConfirm) =>
  api.post<unknown>('/api/v1/auth/password-reset/confirm', body, anonymous)

/** The signed-in user (Bearer token; refreshed once on 401 by the client). */
export const getMe = () => api.get<Me>('/api/v1/me')
