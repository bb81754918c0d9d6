/**
 * Starts the mock backend in the browser (mock-only); main.tsx calls this once the first page has
 * painted. The start is guarded (./startup.ts: a banner says why when it cannot start) and runs in
 * pieces, each a task of its own (./yield.ts), so none adds to another's long task: this small
 * chunk; the contract's schemas in two (src/api/load-contract.ts: building them was most of the
 * layer's evaluation, one task of 60-70 ms unthrottled when the layer was one graph); then the start
 * proper (./backend-start.ts: the database, the handlers, MSW's worker, the demo panel).
 */
import { loadContract } from '@/api/load-contract'
import type { Opened } from './backend-start'
import { guardedStart } from './startup'
import { yieldToMain } from './yield'

/**
 * Starts it; when it cannot start, a banner says why and every API call fails instead of waiting
 * (./startup.ts). `opened` is the address the app opened at, not today's: the user may have followed
 * a link since (the start comes after the first paint), and a `?scenario=` still counts.
 */
export function startMockBackend(opened: Opened = window.location): Promise<void> {
  return guardedStart(async () => {
    await yieldToMain()
    // Each piece is evaluated in a task of its own: the ones before it are evaluated already.
    await loadContract()
    const { start } = await import('./backend-start')
    await yieldToMain()
    await start(opened)
  })
}
