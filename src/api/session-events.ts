/**
 * The one place that hears "the session has ended": the client reports every 401 here, and the app
 * (src/app/session-expiry.ts) listens, so no page has to handle an expired session itself. Kept free
 * of zod and React: the shell imports it for the first page.
 */
type Listener = (path: string) => void

const listeners = new Set<Listener>()

/** Listens for 401 answers (`path` is the API path that answered); returns the unsubscribe. */
export function onUnauthenticated(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Called by the client for every 401 answer. */
export function reportUnauthenticated(path: string): void {
  for (const listener of listeners) listener(path)
}
