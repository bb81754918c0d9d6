import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '@/api/call'
import type { Application, ApplicationDraftPatch, SubmitApplicationRequest } from '@/api/contract'
import { isApiError } from '@/api/errors'
import { billingAccountsQuery } from '@/features/billing'
import { applicationQuery, loadForOrganization, organizationsQuery, sessionQuery } from '@/features/session'

/** Saves the draft (the server creates the application on the first change) and keeps the cache current. */
export function useSaveDraft(organizationId: string) {
  const queryClient = useQueryClient()
  return async (draft: ApplicationDraftPatch): Promise<Application> => {
    const application = await call('saveApplicationDraft', { params: { organizationId }, body: draft })
    queryClient.setQueryData(applicationQuery(organizationId).queryKey, application)
    return application
  }
}

/**
 * Switches to another organization from step 3 (sign-in's `useSelectOrganization` makes the first
 * choice, with the next page's data asked for beside it). Here the organization's application and
 * billing accounts are fetched fresh before the session switches, so the page shows them at once (no
 * loading state) and never the copy an earlier visit left in the cache.
 */
export function useSwitchOrganization() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (organizationId: string) => {
      const session = await call('selectOrganization', { body: { organizationId } })
      await Promise.all([
        // Fresh, as the old organization's page may have changed them meanwhile.
        queryClient.fetchQuery({ ...applicationQuery(organizationId), staleTime: 0 }),
        queryClient.fetchQuery({ ...billingAccountsQuery(organizationId), staleTime: 0 }),
      ])
      return session
    },
    onSuccess: (session) => {
      queryClient.setQueryData(sessionQuery().queryKey, session)
    },
  })
}

export type SubmitVariables = {
  body: SubmitApplicationRequest
  /** The draft to create the application from when the server has none yet. */
  draft: ApplicationDraftPatch
  idempotencyKey: string
}

/**
 * Sends the application. The Idempotency-Key is the caller's, kept for one logical attempt, so a
 * repeated click or a retry after a lost answer sends one application. The application's cache is
 * refreshed with the answer, so the stepper and the next step's guard see step 3 done.
 */
export function useSubmitApplication(organizationId: string) {
  const queryClient = useQueryClient()
  const saveDraft = useSaveDraft(organizationId)
  return useMutation({
    mutationFn: async ({ body, draft, idempotencyKey }: SubmitVariables) => {
      const known = queryClient.getQueryData(applicationQuery(organizationId).queryKey)
      const application = known ?? (await saveDraft(draft))
      return call('submitApplication', { params: { applicationId: application.id }, body, idempotencyKey })
    },
    onSuccess: (application) => {
      queryClient.setQueryData(applicationQuery(organizationId).queryKey, application)
    },
    onError: (error) => {
      // Sent meanwhile from another tab or device: reload it, and the page shows the sent application.
      if (isApiError(error) && error.kind === 'conflict') {
        void queryClient.invalidateQueries({ queryKey: applicationQuery(organizationId).queryKey })
      }
    },
  })
}

/** Everything step 3 shows, asked for together when the navigation starts. */
export const loadApplicationPage = (queryClient: QueryClient) =>
  loadForOrganization(
    queryClient,
    (organizationId) => [
      queryClient.ensureQueryData(applicationQuery(organizationId)),
      queryClient.ensureQueryData(billingAccountsQuery(organizationId)),
      queryClient.ensureQueryData(organizationsQuery()),
    ],
    ['application', 'forms'],
  )
