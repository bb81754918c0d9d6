/**
 * Whether the browser is online: the window's `online` and `offline` events, the ones React Query's
 * onlineManager follows to pause queries and mutations while offline and resume them after. Autosave
 * and the form recipe's sends wait the same way, so what is typed offline is sent once the connection
 * is back. (Read from the events, not from onlineManager: the first page's code stays as it was.)
 */
import { useSyncExternalStore } from 'react'

let online = typeof navigator === 'undefined' || navigator.onLine !== false
const listeners = new Set<(online: boolean) => void>()

function set(next: boolean) {
  if (next === online) return
  online = next
  for (const listener of [...listeners]) listener(next)
}

if (typeof window !== 'undefined') {
  window.addEventListener('online', () => set(true))
  window.addEventListener('offline', () => set(false))
}

export function isOnline(): boolean {
  return online
}

/** Calls `listener` with each change; returns the unsubscribe. */
export function onOnlineChange(listener: (online: boolean) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Resolves at once when online, else when the connection is back. */
export function whenOnline(): Promise<void> {
  if (isOnline()) return Promise.resolve()
  return new Promise((resolve) => {
    const stop = onOnlineChange((now) => {
      if (!now) return
      stop()
      resolve()
    })
  })
}

/** The online state for a component (re-renders on each change). */
export function useOnline(): boolean {
  return useSyncExternalStore(onOnlineChange, isOnline, () => true)
}
