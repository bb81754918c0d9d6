/**
 * Where a reproduction link carries its state: the address's fragment, `#demo=<payload>` (a
 * fragment never reaches a server). Kept apart from ./demo-share-state.ts, so the start can look
 * for a link without loading the state's code.
 */
export const LINK_PARAM = 'demo'

/** The link payload in a fragment (`#demo=…`), or null when the fragment carries none. */
export function payloadOf(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, '')).get(LINK_PARAM)
}
