/**
 * Going back to the browser in the middle of long work, so input, paints and other tasks run in
 * between instead of after one long task (Lighthouse's total blocking time counts each task's time
 * over 50 ms): the contract's pieces (src/api/load-contract.ts), the mock layer's start (mocks/yield.ts).
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
