import type { QueryClient } from '@tanstack/react-query'
import { lazyCall } from '@/api/lazy'
import { sessionQuery } from '@/features/session/api'
import { USER_STORAGE_PREFIX } from '@/lib/use-autosave'

/**
 * Ends the session and removes that user's cached data and drafts from the browser. `leave` moves
 * off the user's pages first, so that none of them is on screen when their data goes.
 */
export async function signOut(queryClient: QueryClient, leave: () => unknown): Promise<void> {
  await lazyCall('signOut', {})
  await leave()
  await queryClient.cancelQueries()
  // clear() alone would leave the shell's mounted session observer showing the user as signed in:
  // the session query stays and says "nobody"; everything else of the user's goes.
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' })
  queryClient.setQueryData(sessionQuery().queryKey, null)
  try {
    for (const key of Object.keys(window.localStorage)) {
      if (key.startsWith(USER_STORAGE_PREFIX)) window.localStorage.removeItem(key)
    }
    for (const key of Object.keys(window.sessionStorage)) {
      if (key.startsWith(USER_STORAGE_PREFIX)) window.sessionStorage.removeItem(key)
    }
  } catch {
    // Storage unavailable: nothing was kept there either.
  }
}
