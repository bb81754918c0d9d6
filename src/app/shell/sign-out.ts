import type { QueryClient } from '@tanstack/react-query'
import { lazyCall } from '../../api/lazy'
import { USER_STORAGE_PREFIX } from '../../lib/use-autosave'

/** Ends the session and removes that user's cached data and drafts from the browser. */
export async function signOut(queryClient: QueryClient): Promise<void> {
  await lazyCall('signOut', {})
  await queryClient.cancelQueries()
  queryClient.clear()
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
