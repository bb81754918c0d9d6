import { queryOptions, useQuery } from '@tanstack/react-query'
import { lazyCall } from '@/api/lazy'

export const programSettingsQuery = () =>
  queryOptions({
    queryKey: ['program-settings'],
    queryFn: ({ signal }) => lazyCall('programSettings', { signal }),
    staleTime: 5 * 60_000,
  })

export function useProgramSettings() {
  return useQuery(programSettingsQuery())
}
