import { QueryClient } from '@tanstack/react-query'
import { ApiError } from './api-client'

/**
 * Server state. A 4xx answer will not change by asking again, so only
 * network failures and 5xx are retried (twice).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status < 500),
      },
      mutations: { retry: false },
    },
  })
}
