/**
 * The mock layer's start in pieces (mock-only): the main thread goes back to the browser between
 * them, so input, paints and the page's own work run in between instead of after one long task.
 */

type Scheduler = { yield?: () => Promise<void> }

/**
 * Lets the browser run what waits (input, rendering, other tasks) and resumes in a later task:
 * `scheduler.yield()` where the browser has it (the continuation keeps its place in the queue),
 * else a message to itself, which, unlike a timer, is neither clamped nor throttled in a hidden tab.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  if (typeof MessageChannel === 'function')
    return new Promise((resolve) => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => {
        channel.port1.close()
        resolve()
      }
      channel.port2.postMessage(null)
    })
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/**
 * A pacer for a loop of small steps: resolves at once until `sliceMs` have passed since the last
 * yield, then yields (so a long loop becomes tasks of about `sliceMs` each).
 */
export function slicer(sliceMs = 25): () => Promise<void> {
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
