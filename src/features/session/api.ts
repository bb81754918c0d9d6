import { queryOptions } from '@tanstack/react-query'
import { isApiError } from '@/api/errors'
import { lazyCall } from '@/api/lazy'

/** The signed-in session, or null when nobody is signed in (the API answers 401). */
export const sessionQuery = () =>
  queryOptions({
    queryKey: ['session'],
    queryFn: async ({ signal }) => {
      try {
        return await lazyCall('session', { signal })
      } catch (error) {
        if (isApiError(error) && error.kind === 'unauthenticated') return null
        throw error
      }
    },
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
