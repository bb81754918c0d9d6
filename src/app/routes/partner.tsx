/** Step 7, partner status and the portal's home: a child of the step's route in ../router. */
import type { QueryClient } from '@tanstack/react-query'
import { PortalPage } from '@/features/portal/portal-page'
import { loadPortalPage } from '@/features/status/api'

export const Component = PortalPage

export const page = (queryClient: QueryClient) => ({
  Component: PortalPage,
  loader: async () => {
    await loadPortalPage(queryClient)
    return null
  },
})
