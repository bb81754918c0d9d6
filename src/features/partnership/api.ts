/**
 * Step 4's data: the application (video progress, partnership choice, drafts and questionnaire),
 * and the billing account whose bank details the referral program needs (the bank directory is
 * asked by the shared bank fields, src/components/identifiers).
 * Every mutation puts the server's answer in the cache the route guard and the stepper read.
 */
import { type QueryClient, useMutation, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { call } from '@/api/call'
import type {
  Application,
  BillingAccount,
  PartnershipChoice,
  PartnershipDraftPatch,
  Questionnaire,
  VideoProgress,
} from '@/api/contract'
import { billingAccountsQuery } from '@/features/billing'
import { programSettingsQuery } from '@/features/program'
import { applicationQuery, loadForOrganization } from '@/features/session'

/** The organization's application, as the page's loader left it in the cache. */
export function useCurrentApplication(organizationId: string): Application | null {
  return useSuspenseQuery(applicationQuery(organizationId)).data
}

/** Everything the partnership type page shows, asked for together when the navigation starts. */
export const loadPartnershipPage = (queryClient: QueryClient) =>
  loadForOrganization(
    queryClient,
    (organizationId) => [
      queryClient.ensureQueryData(applicationQuery(organizationId)),
      queryClient.ensureQueryData(billingAccountsQuery(organizationId)),
      queryClient.ensureQueryData(programSettingsQuery()),
    ],
    ['partnership', 'forms'],
  )

/** The questionnaire shows the application only. */
export const loadQuestionnairePage = (queryClient: QueryClient) =>
  loadForOrganization(
    queryClient,
    (organizationId) => [queryClient.ensureQueryData(applicationQuery(organizationId))],
    ['partnership', 'forms'],
  )

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

/** What changed in step 4's draft (answers merge per field), with the version it is based on. */
export type { PartnershipDraftPatch }

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
        // The answer replaces the account in the cached list (the billing step's hooks stay out of this chunk).
        queryClient.setQueryData(billingAccountsQuery(application.organizationId).queryKey, (accounts) =>
          accounts?.map((cached) => (cached.id === account.id ? account : cached)),
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
