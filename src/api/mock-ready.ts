/**
 * API calls wait for the mock worker when mocking is on; the first paint never does.
 * main.tsx hands the worker's start here (`setMockStart`): it starts right after the first paint,
 * or on the first API call if that comes later (never before the first paint either way).
 */
import { afterPaint } from './after-paint'

let ready: Promise<unknown> = Promise.resolve()

export function setMockReady(promise: Promise<unknown>): void {
  ready = promise
  // A start that fails is said by the mock layer's banner, and every API call waiting here throws
  // its error (an ApiError the pages show); it is not also an unhandled rejection.
  promise.catch(() => {})
}

let start: (() => Promise<unknown>) | null = null

/**
 * A start that runs only when first needed, so the mock layer never competes with the first page:
 * on the first API call, or when main.tsx asks once the first page has painted.
 */
export function setMockStart(starter: () => Promise<unknown>): void {
  start = starter
}

export function mockReady(): Promise<unknown> {
  if (start) {
    const run = start
    start = null
    // Asked before the first paint (an effect of the first render): started right after it.
    setMockReady(afterPaint().then(run))
  }
  return ready
}
