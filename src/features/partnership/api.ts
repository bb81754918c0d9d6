/**
 * Step 4's data: the application (video progress, partnership choice, drafts and questionnaire),
 * the billing account whose bank details the referral program needs, and the bank directory.
 * Every mutation puts the server's answer in the cache the route guard and the stepper read.
 */
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { call } from '@/api/call'
import type {
  Application,
  BillingAccount,
  PartnershipChoice,
  PartnershipType,
  Questionnaire,
  TaxationType,
  VideoProgress,
} from '@/api/contract'
import { billingAccountsQuery, replaceInAccounts } from '@/features/billing/api'
import { applicationQuery, sessionQuery } from '@/features/session/api'

/** The signed-in user's organization and its application (the route guard has loaded both). */
export function useCurrentApplication() {
  const session = useQuery(sessionQuery())
  const organizationId = session.data?.organizationId ?? null
  const application = useQuery({
    ...applicationQuery(organizationId ?? ''),
    enabled: organizationId !== null,
  })
  return { session, organizationId, application }
}

export const bankQuery = (bik: string) =>
  queryOptions({
    queryKey: ['banks', bik],
    queryFn: ({ signal }) => call('bankLookup', { params: { bik }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  })

function useAdoptApplication() {
  const queryClient = useQueryClient()
  return (application: Application) =>
    queryClient.setQueryData(applicationQuery(application.organizationId).queryKey, application)
}

export function useSaveVideoProgress(applicationId: string) {
  const adopt = useAdoptApplication()
  return useMutation({
    mutationFn: (body: VideoProgress) => call('saveVideoProgress', { params: { applicationId }, body }),
    onSuccess: adopt,
  })
}

export type PartnershipDraftPatch = {
  types?: PartnershipType[]
  taxation?: TaxationType | null
  questionnaire?: Record<string, unknown>
}

/** For useAutosave: saves a draft patch and keeps the cached application in step. */
export function useSavePartnershipDraft(applicationId: string) {
  const adopt = useAdoptApplication()
  return async (body: PartnershipDraftPatch) => {
    const application = await call('savePartnershipDraft', { params: { applicationId }, body })
    adopt(application)
    return application
  }
}

export function useSetPartnership(applicationId: string) {
  const adopt = useAdoptApplication()
  return useMutation({
    mutationFn: (body: PartnershipChoice) => call('setPartnership', { params: { applicationId }, body }),
    onSuccess: adopt,
  })
}

export function useSubmitQuestionnaire(applicationId: string) {
  const adopt = useAdoptApplication()
  return useMutation({
    mutationFn: ({ body, idempotencyKey }: { body: Questionnaire; idempotencyKey: string }) =>
      call('submitQuestionnaire', { params: { applicationId }, body, idempotencyKey }),
    onSuccess: adopt,
  })
}

/**
 * Bank details go to the billing account when the application has one (the seed says so); else
 * they stay with the application until step 5 gives it an account.
 */
export function useSaveBankDetails(application: Application) {
  const adopt = useAdoptApplication()
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (body: { bik: string; settlementAccount: string }) => {
      if (application.billingAccountId) {
        const account: BillingAccount = await call('setBankDetails', {
          params: { billingAccountId: application.billingAccountId },
          body,
        })
        queryClient.setQueryData(billingAccountsQuery(application.organizationId).queryKey, (accounts) =>
          replaceInAccounts(accounts, account),
        )
        return account.bankDetails
      }
      const updated = await call('setApplicationBankDetails', {
        params: { applicationId: application.id },
        body,
      })
      adopt(updated)
      return updated.bankDetails ?? null
    },
  })
}
