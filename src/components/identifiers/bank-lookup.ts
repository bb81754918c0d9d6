/**
 * The bank directory, asked by BIK: shared by every form with bank details (step 4's referral
 * rewards, step 5's new billing account). Asked only once the BIK typed so far is complete (9 valid
 * digits after removing spaces and hyphens); an answer is kept for the visit (banks do not move).
 */
import { queryOptions, type UseQueryResult, useQuery } from '@tanstack/react-query'
import { call } from '@/api/call'
import type { Bank } from '@/api/contract'
import { isApiError } from '@/api/errors'
import { isValidIdentifier, normalizeIdentifier } from '@/lib/identifiers'

export const bankQuery = (bik: string) =>
  queryOptions({
    queryKey: ['banks', bik],
    queryFn: ({ signal }) => call('bankLookup', { params: { bik }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  })

export type BankLookup = {
  /** The BIK as typed, without spaces and hyphens. */
  bik: string
  /** Whether the directory is asked (a complete BIK, and the fields are in use). */
  asked: boolean
  /** The directory's answer while `asked`. */
  query: UseQueryResult<Bank>
  /** The directory has no such bank. */
  notFound: boolean
  /** The directory could not be reached (worth a Try again). */
  failed: boolean
}

/** Looks up the bank of the BIK typed so far; `inUse` false keeps the directory out of it. */
export function useBankLookup(typed: string, inUse = true): BankLookup {
  const bik = normalizeIdentifier(typed)
  const asked = inUse && isValidIdentifier('bik', bik)
  const query = useQuery({ ...bankQuery(bik), enabled: asked })
  const notFound = asked && query.isError && isApiError(query.error) && query.error.kind === 'not_found'
  return { bik, asked, query, notFound, failed: asked && query.isError && !notFound }
}
