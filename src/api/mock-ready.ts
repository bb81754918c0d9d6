/**
 * API calls wait for the mock worker when mocking is on; the first paint never does.
 * main.tsx starts the worker in parallel and hands its promise here.
 */
let ready: Promise<unknown> = Promise.resolve()

export function setMockReady(promise: Promise<unknown>): void {
  ready = promise
}

export function mockReady(): Promise<unknown> {
  return ready
}
