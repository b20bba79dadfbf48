import { useEffect, useRef, useState } from 'react'

export type RequestState<T> =
  | { status: 'idle' }
  | { status: 'pending' }
  | { status: 'success'; data: T }
  | { status: 'error'; error: unknown }

/**
 * Runs `run` once per `key` (null: do not run) and follows its result.
 *
 * "Once" matters for requests with effects, such as consuming a one-time
 * email token: React's StrictMode mounts effects twice in development, and a
 * second POST would report the token as already used.
 */
export function useRequestOnce<T>(key: string | null, run: () => Promise<T>): RequestState<T> {
  const started = useRef<{ key: string; promise: Promise<T> } | null>(null)
  const [settled, setSettled] = useState<{ key: string; state: RequestState<T> } | null>(null)

  useEffect(() => {
    if (key === null) return
    if (started.current?.key !== key) started.current = { key, promise: run() }
    let active = true
    started.current.promise.then(
      (data) => active && setSettled({ key, state: { status: 'success', data } }),
      (error: unknown) => active && setSettled({ key, state: { status: 'error', error } }),
    )
    return () => {
      active = false
    }
    // `run` is deliberately not a dependency: the key says when to run again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  if (key === null) return { status: 'idle' }
  return settled?.key === key ? settled.state : { status: 'pending' }
}
