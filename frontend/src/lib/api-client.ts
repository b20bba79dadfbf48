/**
 * The one way the app talks to the API.
 *
 * - The access token lives only in this module's memory (never in storage, so
 *   a script injected into the page cannot read it back after a reload).
 *   The refresh token is an HttpOnly cookie the server sets on sign-in.
 * - An authenticated request answered 401 triggers one refresh, then one retry.
 * - Concurrent refreshes share one request: the server rotates the refresh
 *   token, so two parallel refreshes would race and one would be rejected.
 * - Errors become `ApiError` carrying the server's problem+json body.
 */
import type { Problem, TokenResponse } from './api-types'

export class ApiError extends Error {
  readonly status: number
  readonly problem: Problem
  /** Seconds from a Retry-After header (429, 503), when the server sent one. */
  readonly retryAfterSeconds: number | null

  constructor(problem: Problem, retryAfterSeconds: number | null = null) {
    super(problem.detail ?? problem.title)
    this.name = 'ApiError'
    this.status = problem.status
    this.problem = problem
    this.retryAfterSeconds = retryAfterSeconds
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

/** Sent as Accept-Language so the server answers problems in the reader's language. */
export function setRequestLanguage(language: string): void {
  requestLanguage = language
}

// --- requests -----------------------------------------------------------------

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  body?: unknown
  /** Send the Bearer token and refresh once on 401. Default: true. */
  auth?: boolean
}

export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const auth = options.auth ?? true
  const response = await send(path, options, auth)
  if (response.status === 401 && auth && (await refreshAccessToken())) {
    return parse<T>(await send(path, options, auth))
  }
  return parse<T>(response)
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'GET' }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'method' | 'body'>) =>
    apiRequest<T>(path, { ...options, method: 'POST', body }),
}

async function send(path: string, options: RequestOptions, auth: boolean): Promise<Response> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': requestLanguage,
  }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  if (auth && accessToken) headers.Authorization = `Bearer ${accessToken}`
  try {
    return await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
    })
  } catch (error) {
    throw new NetworkError(error)
  }
}

async function parse<T>(response: Response): Promise<T> {
  if (response.ok) {
    if (response.status === 204 || !isJson(response)) return undefined as T
    return (await response.json()) as T
  }
  throw new ApiError(await readProblem(response), retryAfter(response))
}

function isJson(response: Response): boolean {
  return /\bjson\b/.test(response.headers.get('Content-Type') ?? '')
}

async function readProblem(response: Response): Promise<Problem> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  }
  if (!isJson(response)) return fallback
  try {
    const body = (await response.json()) as Partial<Problem>
    return { ...fallback, ...body, status: response.status }
  } catch {
    return fallback
  }
}

function retryAfter(response: Response): number | null {
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
    const response = await fetch('/api/v1/auth/refresh', {
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
