import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError, NetworkError, client, getAccessToken, refreshAccessToken, setAccessToken, unwrap } from './api-client'

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

const requestOf = (call: unknown[]) => (call[0] instanceof Request ? call[0] : new Request(String(call[0]), call[1] as RequestInit))
const pathOf = (call: unknown[]) => new URL(requestOf(call).url).pathname
const authorizationOf = (call: unknown[]) => requestOf(call).headers.get('Authorization')

const getMe = () => unwrap(client.GET('/api/v1/me'))

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

    await getMe()

    expect(authorizationOf(fetchMock.mock.calls[0])).toBe('Bearer token-1')
  })

  it('refreshes once on 401 and retries with the new token', async () => {
    setAccessToken('expired')
    fetchMock
      .mockResolvedValueOnce(problem(401))
      .mockResolvedValueOnce(tokens('fresh'))
      .mockResolvedValueOnce(json(200, { email: 'a@example.org' }))

    const me = await getMe()

    expect(me.email).toBe('a@example.org')
    expect(fetchMock.mock.calls.map(pathOf)).toEqual(['/api/v1/me', '/api/v1/auth/refresh', '/api/v1/me'])
    expect(authorizationOf(fetchMock.mock.calls[2])).toBe('Bearer fresh')
    expect(getAccessToken()).toBe('fresh')
  })

  it('retries a request with a body with the same body', async () => {
    setAccessToken('expired')
    fetchMock
      .mockResolvedValueOnce(problem(401))
      .mockResolvedValueOnce(tokens('fresh'))
      .mockResolvedValueOnce(json(200, { id: 'e1' }))

    await unwrap(client.PUT('/api/v1/entries/{id}', { params: { path: { id: 'e1' } }, body: { version: 3, answers: { a: 1 } as never } }))

    expect(await requestOf(fetchMock.mock.calls[2]).json()).toEqual({ version: 3, answers: { a: 1 } })
  })

  it('gives up after one failed refresh and forgets the token', async () => {
    setAccessToken('expired')
    fetchMock.mockResolvedValueOnce(problem(401)).mockResolvedValueOnce(problem(401))

    await expect(getMe()).rejects.toBeInstanceOf(ApiError)
    expect(fetchMock).toHaveBeenCalledTimes(2)
    expect(getAccessToken()).toBeNull()
  })

  it('does not refresh for the authentication calls such as sign-in', async () => {
    fetchMock.mockResolvedValueOnce(problem(401, { detail: 'wrong credentials', code: 'invalid_credentials' }))

    const error = await unwrap(
      client.POST('/api/v1/auth/sign-in', { body: { email: 'a@example.org', password: 'x' } }),
    ).catch((e: unknown) => e)

    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).problem.detail).toBe('wrong credentials')
    expect((error as ApiError).code).toBe('invalid_credentials')
    expect(fetchMock).toHaveBeenCalledTimes(1)
  })

  it('shares one refresh between concurrent callers', async () => {
    fetchMock.mockResolvedValueOnce(tokens('shared'))

    const results = await Promise.all([refreshAccessToken(), refreshAccessToken()])

    expect(results).toEqual([true, true])
    expect(fetchMock).toHaveBeenCalledTimes(1)
    expect(getAccessToken()).toBe('shared')
  })

  it('reports a failed network as NetworkError', async () => {
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'))

    await expect(getMe()).rejects.toBeInstanceOf(NetworkError)
  })

  it('keeps field errors and Retry-After from problem documents', async () => {
    fetchMock.mockResolvedValueOnce(
      problem(422, { code: 'validation_failed', errors: [{ field: 'email', code: 'invalid_email', message: 'bad email' }] }),
    )
    fetchMock.mockResolvedValueOnce(problem(429, { code: 'too_many_requests' }))
    fetchMock.mockResolvedValueOnce(
      new Response(JSON.stringify({ type: 'about:blank', title: 'Too Many Requests', status: 429 }), {
        status: 429,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '30' },
      }),
    )

    const body = { email: 'a@example.org' }
    const first = (await unwrap(client.POST('/api/v1/auth/password-reset', { body })).catch((e: unknown) => e)) as ApiError
    await unwrap(client.POST('/api/v1/auth/password-reset', { body })).catch(() => undefined)
    const third = (await unwrap(client.POST('/api/v1/auth/password-reset', { body })).catch((e: unknown) => e)) as ApiError

    expect(first.fieldMessage('email')).toBe('bad email')
    expect(third.retryAfterSeconds).toBe(30)
  })
})
