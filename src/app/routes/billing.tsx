/**
 * Step 5, the billing account: its pages (one chunk), wired as children of the step's route in
 * ../router. Each page's loader starts the step's requests together; a deep link to a creation page
 * after the first one not done leads to that one.
 */
import type { QueryClient } from '@tanstack/react-query'
import { redirect } from 'react-router'
import type { BillingAccountPage } from '@/api/contract'
import { PATHS } from '@/api/paths'
import { pageToOpen } from '@/domain/billing-account-pages'
import { loadBillingPage } from '@/features/billing/api'
import { BillingPage } from '@/features/billing/billing-page'
import { CompanyPage, ContactsPage, GeneralPage, PAGE_PATHS } from '@/features/billing/create-pages'
import { UpgradePage } from '@/features/billing/upgrade-page'
import { VerificationPage } from '@/features/billing/verification-page'
import { applicationQuery, sessionQuery } from '@/features/session/api'

export const Component = BillingPage

const page = (Component: React.ComponentType) => (queryClient: QueryClient) => ({
  Component,
  loader: async () => {
    await loadBillingPage(queryClient)
    return null
  },
})

export const overview = page(BillingPage)
export const verification = page(VerificationPage)
export const upgrade = page(UpgradePage)

/** Where a creation page may open: the one asked for, or the first page not done before it. */
async function creationRedirect(queryClient: QueryClient, asked: BillingAccountPage | null) {
  await loadBillingPage(queryClient)
  const organizationId = queryClient.getQueryData(sessionQuery().queryKey)?.organizationId
  const application = organizationId
    ? queryClient.getQueryData(applicationQuery(organizationId).queryKey)
    : null
  if (!application) return null
  if (application.billingAccountId) return redirect(PATHS.billing)
  const open = pageToOpen(asked ?? 'contacts', application.billingAccountDraft?.pagesDone ?? [])
  return open === asked ? null : redirect(PAGE_PATHS[open])
}

const creation =
  (asked: BillingAccountPage, Component: React.ComponentType) => (queryClient: QueryClient) => ({
    Component,
    loader: () => creationRedirect(queryClient, asked),
  })

/** `/billing/new`: Create billing account opens the first page not done. */
export const start = (queryClient: QueryClient) => ({
  loader: () => creationRedirect(queryClient, null),
  Component: GeneralPage,
})
export const general = creation('general', GeneralPage)
export const company = creation('company', CompanyPage)
export const contacts = creation('contacts', ContactsPage)
