import { queryOptions } from '@tanstack/react-query'
import { call } from '@/api/call'
import type { BillingAccount } from '@/api/contract'

/** An organization's billing accounts: one request, shared by every step that shows them. */
export const billingAccountsQuery = (organizationId: string) =>
  queryOptions({
    queryKey: ['organizations', organizationId, 'billing-accounts'],
    queryFn: async ({ signal }) =>
      (await call('billingAccounts', { params: { organizationId }, signal })).billingAccounts,
  })

/** One account out of the organization's list (the same cached request), or null when it is not there. */
export const billingAccountQuery = (organizationId: string, billingAccountId: string) =>
  queryOptions({
    ...billingAccountsQuery(organizationId),
    select: (accounts: BillingAccount[]) =>
      accounts.find((account) => account.id === billingAccountId) ?? null,
  })

/** Puts an account the server answered with into the cached list. */
export function replaceInAccounts(accounts: BillingAccount[] | undefined, updated: BillingAccount) {
  return accounts?.map((account) => (account.id === updated.id ? updated : account))
}
