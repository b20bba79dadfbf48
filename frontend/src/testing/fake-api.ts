/**
 * A stand-in for the server at the edge (the global fetch), answering by
 * "METHOD /path": a value is sent as JSON with 200, a function gets the
 * request and returns the Response. Anything else is a 404 problem. Every
 * request is kept, with its JSON body read, for assertions.
 */
import { vi } from 'vitest'
import { jsonResponse } from './render'

type Answer = unknown | ((request: Request, body: unknown) => Response | Promise<Response>)

export interface SentRequest {
  method: string
  path: string
  body: unknown
}

export function fakeApi(routes: Record<string, Answer>) {
  const sent: SentRequest[] = []
  const fetchMock = vi.fn<typeof fetch>(async (input) => {
    const request = input as Request
    const path = new URL(request.url).pathname
    const text = await request.clone().text()
    const body = text ? (JSON.parse(text) as unknown) : undefined
    sent.push({ method: request.method, path, body })
    const answer = routes[`${request.method} ${path}`]
    if (answer === undefined) return problem(404, 'not_found')
    return typeof answer === 'function' ? answer(request, body) : jsonResponse(200, answer)
  })
  vi.stubGlobal('fetch', fetchMock)
  return { sent, fetchMock, routes }
}

export const problem = (status: number, code: string, errors?: { field: string; code: string; message: string }[]) =>
  jsonResponse(status, { type: 'about:blank', title: code, status, code, errors })
