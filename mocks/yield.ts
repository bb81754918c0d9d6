/**
 * The mock layer's start in pieces (mock-only): the main thread goes back to the browser between
 * them, so input, paints and the page's own work run in between instead of after one long task.
 */

import { yieldToMain } from '@/lib/yield-to-main'

export { yieldToMain }

/**
 * A pacer for a loop of small steps: resolves at once until `sliceMs` have passed since the last
 * yield, then yields (so a long loop becomes tasks of about `sliceMs` each).
 */
export function slicer(sliceMs = 8): () => Promise<void> {
  let since = performance.now()
  return async () => {
    if (performance.now() - since < sliceMs) return
    await yieldToMain()
    since = performance.now()
  }
}

/**
 * Runs `work` when the browser is idle, or after `timeoutMs` at the latest (a browser without
 * requestIdleCallback: after a task).
 */
export function whenIdle(work: () => void, timeoutMs = 2000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: timeoutMs })
  else setTimeout(work, 0)
}
