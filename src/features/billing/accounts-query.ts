/**
 * An organization's billing accounts: one request, shared by every step that shows them and by the
 * shell's stepper (step 5 done "with" its account). Through lazyCall, so the first page stays light.
 */
import { queryOptions } from '@tanstack/react-query'
import { lazyCall } from '@/api/lazy'

export const billingAccountsQuery = (organizationId: string) =>
  queryOptions({
    queryKey: ['organizations', organizationId, 'billing-accounts'],
    queryFn: async ({ signal }) =>
      (await lazyCall('billingAccounts', { params: { organizationId }, signal })).billingAccounts,
  })
