/**
 * The one way the app talks to the API: `client`, generated-typed with
 * openapi-fetch from the server's OpenAPI document (`lib/api/schema.d.ts`).
 *
 * - The access token lives only in this module's memory (never in storage, so
 *   a script injected into the page cannot read it back after a reload).
 *   The refresh token is an HttpOnly cookie the server sets on sign-in.
 * - A request answered 401 triggers one refresh, then one retry — except the
 *   `/api/v1/auth/*` calls (sign-in, register, …), whose 401 is the answer.
 * - Concurrent refreshes share one request: the server rotates the refresh
 *   token, so two parallel refreshes would race and one would be rejected.
 * - `unwrap()` turns a failed answer into `ApiError` carrying the server's
 *   problem+json body; a network failure throws `NetworkError`.
 */
import createClient from 'openapi-fetch'
import type { ErrorCode, FieldError, TokenResponse, paths } from './api/types'

/** A problem document; `code` is one of the server's stable codes when it sent one. */
export interface ApiProblem {
  type: string
  title: string
  status: number
  detail?: string
  code?: ErrorCode | (string & {})
  errors?: FieldError[]
}

export class ApiError extends Error {
  readonly status: number
  readonly problem: ApiProblem
  /** Seconds from a Retry-After header (429, 503), when the server sent one. */
  readonly retryAfterSeconds: number | null

  constructor(problem: ApiProblem, retryAfterSeconds: number | null = null) {
    super(problem.detail ?? problem.title)
    this.name = 'ApiError'
    this.status = problem.status
    this.problem = problem
    this.retryAfterSeconds = retryAfterSeconds
  }

  get code(): string | undefined {
    return this.problem.code
  }

  /** The server's message for one field (`email`, `guardian.email`, …), if any. */
  fieldMessage(field: string): string | undefined {
    return this.problem.errors?.find((error) => error.field === field)?.message
  }
}

/** The network failed before any answer (server down, offline). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('Network request failed', { cause })
    this.name = 'NetworkError'
  }
}

// --- access token (memory only) -------------------------------------------

type TokenListener = (token: string | null) => void

let accessToken: string | null = null
const tokenListeners = new Set<TokenListener>()

export function getAccessToken(): string | null {
  return accessToken
}

export function setAccessToken(token: string | null): void {
  if (token === accessToken) return
  accessToken = token
  for (const listener of tokenListeners) listener(token)
}

/** Called whenever the token changes, e.g. to sign the UI out when refresh fails. */
export function onAccessTokenChange(listener: TokenListener): () => void {
  tokenListeners.add(listener)
  return () => tokenListeners.delete(listener)
}

// --- request language -------------------------------------------------------

let requestLanguage = 'ko'

/** Sent as Accept-Language so the server can answer in the reader's language. */
export function setRequestLanguage(language: string): void {
  requestLanguage = language
}

export function getRequestLanguage(): string {
  return requestLanguage
}

// --- the client -----------------------------------------------------------------

/** openapi-fetch builds `Request`s, which need an absolute URL outside a browser (tests). */
const origin = globalThis.location?.origin ?? 'http://localhost'

export const client = createClient<paths>({
  baseUrl: origin,
  fetch: fetchWithSession,
  headers: { Accept: 'application/json, application/problem+json' },
})

/** `/api/v1/auth/*` answers 401 for wrong credentials or tokens: refreshing would not help. */
function mayRefresh(url: string): boolean {
  return !new URL(url, origin).pathname.startsWith('/api/v1/auth/')
}

async function fetchWithSession(request: Request): Promise<Response> {
  const retry = mayRefresh(request.url) ? request.clone() : null
  const response = await send(request)
  if (response.status === 401 && retry && (await refreshAccessToken())) return send(retry)
  return response
}

async function send(request: Request): Promise<Response> {
  request.headers.set('Accept-Language', requestLanguage)
  if (accessToken) request.headers.set('Authorization', `Bearer ${accessToken}`)
  else request.headers.delete('Authorization')
  try {
    // Looked up at call time, so tests can stub the global fetch.
    return await globalThis.fetch(request)
  } catch (error) {
    throw new NetworkError(error)
  }
}

/** The data of a successful answer; otherwise throws `ApiError`. */
export async function unwrap<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await pending
  if (response.ok) return data as T
  throw new ApiError(toProblem(error, response), retryAfter(response))
}

/** The problem document from a failed answer's parsed body (or a stand-in when it has none). */
export function toProblem(body: unknown, response: { status: number; statusText?: string }): ApiProblem {
  const fallback: ApiProblem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return fallback
  return { ...fallback, ...(body as Partial<ApiProblem>), status: response.status }
}

export function retryAfter(response: { headers: { get(name: string): string | null } }): number | null {
  const value = response.headers.get('Retry-After')
  if (value === null) return null
  const seconds = Number(value)
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds))
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000))
}

// --- refresh ------------------------------------------------------------------

let refreshing: Promise<boolean> | null = null

/**
 * Trades the refresh cookie for a new access token. Resolves false (and forgets
 * the old token) when there is no valid session; never throws.
 */
export function refreshAccessToken(): Promise<boolean> {
  refreshing ??= exchangeRefreshCookie().finally(() => {
    refreshing = null
  })
  return refreshing
}

async function exchangeRefreshCookie(): Promise<boolean> {
  try {
    // Plain fetch, not `client`: a 401 here must not trigger another refresh.
    const response = await globalThis.fetch(new URL('/api/v1/auth/refresh', origin), {
      method: 'POST',
      headers: { Accept: 'application/json', 'Accept-Language': requestLanguage },
      credentials: 'same-origin',
    })
    if (!response.ok) {
      setAccessToken(null)
      return false
    }
    const tokens = (await response.json()) as TokenResponse
    setAccessToken(tokens.access_token)
    return true
  } catch {
    setAccessToken(null)
    return false
  }
}
