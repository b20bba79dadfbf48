import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, api, getAccessToken, refreshAccessToken, setAccessToken } from './api-client'

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: {
      'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json',
      ...headers,
    },
  })

const tokens = (access_token: string) => json(200, { access_token, token_type: 'Bearer', expires_in: 900 })

const problem = (status: number, extra: object = {}) =>
  json(status, { type: 'about:blank', title: 'Error', status, ...extra })

const authorizationOf = (call: unknown[]) =>
  new Headers((call[1] as RequestInit).headers).get('Authorization')

describe('api client', () => {
  const fetchMock = vi.fn<typeof fetch>()

  beforeEach(() => {
    fetchMock.mockReset()
    vi.stubGlobal('fetch', fetchMock)
    setAccessToken(null)
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('sends the in-memory access token as a Bearer header', async () => {
    setAccessToken('token-1')
    fetchMock.mockResolvedValueOnce(json(200, { ok: true }))

    await api.get('/api/v1/me')

    expect(authorizationOf(fetchMock.mock.calls[0])).toBe('Bearer token-1')
  })

  it('refreshes once on 401 and retries with the new token', async () => {
    setAccessToken('expired')
    fetchMock
      .mockResolvedValueOnce(problem(401))
      .mockResolvedValueOnce(tokens('fresh'))
      .mockResolvedValueOnce(json(200, { email: 'a@example.org' }))

    const me = await api.get<{ email: string }>('/api/v1/me')

    expect(me.email).toBe('a@example.org')
    expect(fetchMock.mock.calls.map((call) => call[0])).toEqual([
      '/api/v1/me',
      '/api/v1/auth/refresh',
      '/api/v1/me',
    ])
    expect(authorizationOf(fetchMock.mock.calls[2])).toBe('Bearer fresh')
    expect(getAccessToken()).toBe('fresh')
  })

  it('gives up after one failed refresh and forgets the token', async () => {
    setAccessToken('expired')
    fetchMock.mockResolvedValueOnce(problem(401)).mockResolvedValueOnce(problem(401))

    await expect(api.get('/api/v1/me')).rejects.toBeInstanceOf(ApiError)
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(getAccessToken()).toBeNull()
  })

  it('does not refresh for unauthenticated calls such as sign-in', async () => {
    fetchMock.mockResolvedValueOnce(problem(401, { detail: 'wrong credentials' }))

    const error = await api
      .post('/api/v1/auth/sign-in', { email: 'a@example.org', password: 'x' }, { auth: false })
      .catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).problem.detail).toBe('wrong credentials')
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('shares one refresh between concurrent callers', async () => {
    fetchMock.mockResolvedValueOnce(tokens('shared'))

    const results = await Promise.all([refreshAccessToken(), refreshAccessToken()])

    expect(results).toEqual([true, true])
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('exposes field errors and Retry-After from a problem response', async () => {
    fetchMock.mockResolvedValueOnce(
      problem(429, { errors: [{ field: 'email', code: 'invalid', message: 'bad email' }] }),
    )
    fetchMock.mockResolvedValueOnce(
      new Response(
        JSON.stringify({ type: 'about:blank', title: 'Too Many Requests', status: 429 }),
        { status: 429, headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' } },
      ),
    )

    const first = (await api.post('/x', {}, { auth: false }).catch((e: unknown) => e)) as ApiError
    const second = (await api.post('/x', {}, { auth: false }).catch((e: unknown) => e)) as ApiError

    expect(first.fieldMessage('email')).toBe('bad email')
    expect(second.retryAfterSeconds).toBe(30)
  })
})
