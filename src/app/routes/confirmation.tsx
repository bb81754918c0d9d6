/** Step 6, the confirmation, and its fix page (information needed): children of the step's route in ../router. */
import type { QueryClient } from '@tanstack/react-query'
import { loadConfirmationPage, loadFixAnswersPage } from '@/features/status/api'
import { ConfirmationPage } from '@/features/status/confirmation-page'
import { FixAnswersPage } from '@/features/status/fix-answers-page'

export const Component = ConfirmationPage

export const page = (queryClient: QueryClient) => ({
  Component: ConfirmationPage,
  loader: async () => {
    await loadConfirmationPage(queryClient)
    return null
  },
})

export const fix = (queryClient: QueryClient) => ({
  Component: FixAnswersPage,
  loader: async () => {
    await loadFixAnswersPage(queryClient)
    return null
  },
})
