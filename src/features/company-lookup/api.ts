import { queryOptions } from '@tanstack/react-query'
import { call } from '@/api/call'

/**
 * The registry's answer for one TIN. Keyed by the TIN, so each distinct TIN is asked once; the
 * signal lets React Query cancel a lookup that further typing made stale. A registry that is down
 * says so at once (no silent retries): the page offers "Try again" and keeps the TIN.
 */
export const companyLookupQuery = (tin: string) =>
  queryOptions({
    queryKey: ['registry', 'companies', tin],
    queryFn: ({ signal }) => call('companyLookup', { body: { tin }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30 * 60_000,
    retry: false,
  })
