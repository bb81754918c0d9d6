import { QueryClient } from '@tanstack/react-query'
import { isApiError } from '@/api/errors'

/**
 * Retries what may pass on a second try (network, 5xx) a couple of times; never a 4xx, which
 * would fail the same way.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failureCount, error) => failureCount < 2 && (!isApiError(error) || error.retryable),
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  })
}
