import { type QueryClient, queryOptions, useSuspenseQuery } from '@tanstack/react-query'
import { lazyCall } from '@/api/lazy'
import { type Namespace, preloadMessages } from '@/lib/i18n'

/** The signed-in session, or null when nobody is signed in (the API answers `session: null`). */
export const sessionQuery = () =>
  queryOptions({
    queryKey: ['session'],
    queryFn: async ({ signal }) => (await lazyCall('session', { signal })).session,
    staleTime: 60_000,
  })

export const organizationsQuery = () =>
  queryOptions({
    queryKey: ['organizations'],
    queryFn: ({ signal }) => lazyCall('organizations', { signal }),
  })

/** The organization's application (null before the first change of the draft). */
export const applicationQuery = (organizationId: string) =>
  queryOptions({
    queryKey: ['organizations', organizationId, 'application'],
    queryFn: async ({ signal }) =>
      (await lazyCall('currentApplication', { params: { organizationId }, signal })).application,
  })

/**
 * For route loaders: the session (usually cached: every sign-in puts it there), then every request
 * of the page for the chosen organization, together. Nothing when nobody is signed in or no
 * organization is chosen (the step's guard sends the visitor where they belong).
 */
export async function loadForOrganization(
  queryClient: QueryClient,
  load: (organizationId: string) => Promise<unknown>[],
  namespaces: Namespace[] = [],
): Promise<void> {
  // The page's words load with its data, never after it.
  const words = preloadMessages(...namespaces)
  const session = await queryClient.ensureQueryData(sessionQuery())
  if (session?.organizationId) await Promise.all([...load(session.organizationId), words])
}

/** The signed-in session as the page's loader left it in the cache (null when signed out meanwhile). */
export function useSession() {
  return useSuspenseQuery(sessionQuery()).data
}
