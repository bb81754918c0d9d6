/**
 * Figures a Vitest test leaves in its `meta`, which Vitest's JSON reporter writes beside the test's
 * result (`.ci/run` asks for that JSON): `npm run report` (scripts/report.mjs) prints them. A test
 * sets them with `task.meta.<name> = …` (the test context's `task`).
 */
export type SweepFigures = {
  endpoints: number
  requests: number
  serverErrors: number
  accepted: number
  storedAfterError: number
}

export type FaultSweepFigures = {
  /** The endpoint the faults were injected on, and each fault checked on it. */
  endpoint: string
  faults: string[]
}

declare module 'vitest' {
  interface TaskMeta {
    /** The malformed-body sweep (mocks/sweep.test.ts). */
    sweep?: SweepFigures
    /** The fault sweep, one endpoint per test (mocks/fault-sweep.test.ts). */
    faultSweep?: FaultSweepFigures
  }
}
