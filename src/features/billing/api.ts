import {
  type QueryClient,
  queryOptions,
  useMutation,
  useQueryClient,
  useSuspenseQueries,
} from '@tanstack/react-query'
import { call } from '@/api/call'
import type {
  Application,
  BillingAccount,
  BillingAccountDraftPatch,
  CreateBillingAccountRequest,
  VerifyBillingAccountRequest,
} from '@/api/contract'
import { applicationQuery, loadForOrganization, useSession } from '@/features/session'

import { billingAccountsQuery } from './accounts-query'

export { billingAccountsQuery }

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

// ---------------------------------------------------------------------------------------------
// Step 5: the billing account's pages

/** Everything step 5's pages show: the application (and its creation draft) and the accounts, together. */
export const loadBillingPage = (queryClient: QueryClient) =>
  loadForOrganization(queryClient, (organizationId) => [
    queryClient.ensureQueryData(applicationQuery(organizationId)),
    queryClient.ensureQueryData(billingAccountsQuery(organizationId)),
  ])

/** The application and the accounts, as the page's loader left them in the cache. */
export function useBillingData(): { application: Application | null; accounts: BillingAccount[] } {
  const organizationId = useSession()?.organizationId ?? null
  const queries: (ReturnType<typeof applicationQuery> | ReturnType<typeof billingAccountsQuery>)[] =
    organizationId ? [applicationQuery(organizationId), billingAccountsQuery(organizationId)] : []
  const [application, accounts] = useSuspenseQueries({ queries })
  return {
    application: (application?.data as Application | null | undefined) ?? null,
    accounts: (accounts?.data as BillingAccount[] | undefined) ?? [],
  }
}

function usePutInCache() {
  const queryClient = useQueryClient()
  return {
    application: (application: Application) =>
      queryClient.setQueryData(applicationQuery(application.organizationId).queryKey, application),
    account: (account: BillingAccount) =>
      queryClient.setQueryData(billingAccountsQuery(account.organizationId).queryKey, (accounts) =>
        accounts?.some((known) => known.id === account.id)
          ? replaceInAccounts(accounts, account)
          : [...(accounts ?? []), account],
      ),
    /** The application as the server has it now (after a change made through another resource). */
    refreshApplication: (organizationId: string) =>
      queryClient.fetchQuery({ ...applicationQuery(organizationId), staleTime: 0 }),
  }
}

/** Saves the creation draft (autosave, and Next with the page marked done) and keeps the cache in step. */
export function useSaveBillingDraft(applicationId: string) {
  const put = usePutInCache()
  return async (body: BillingAccountDraftPatch) => {
    const application = await call('saveBillingAccountDraft', { params: { applicationId }, body })
    put.application(application)
    return application
  }
}

/** Creates the account (attached to the application by the server), once per Idempotency-Key. */
export function useCreateBillingAccount() {
  const put = usePutInCache()
  return useMutation({
    mutationFn: async ({
      body,
      idempotencyKey,
    }: {
      body: CreateBillingAccountRequest
      idempotencyKey: string
    }) => {
      const account = await call('createBillingAccount', { body, idempotencyKey })
      put.account(account)
      await put.refreshApplication(account.organizationId)
      return account
    },
  })
}

export function useVerifyBillingAccount(billingAccountId: string) {
  const put = usePutInCache()
  return useMutation({
    mutationFn: async ({
      body,
      idempotencyKey,
    }: {
      body: VerifyBillingAccountRequest
      idempotencyKey: string
    }) => {
      const account = await call('verifyBillingAccount', {
        params: { billingAccountId },
        body,
        idempotencyKey,
      })
      put.account(account)
      return account
    },
  })
}

/** The upgrade to paid: the server counts step 5 done, so the application is asked for again. */
export function useUpgradeBillingAccount(billingAccountId: string) {
  const put = usePutInCache()
  return useMutation({
    mutationFn: async ({ idempotencyKey }: { idempotencyKey: string }) => {
      const account = await call('upgradeBillingAccount', { params: { billingAccountId }, idempotencyKey })
      put.account(account)
      await put.refreshApplication(account.organizationId)
      return account
    },
  })
}
