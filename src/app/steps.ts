/**
 * The seven steps of the flow, in order, with their routes: the route table, the stepper, the
 * deep-link guard and the document titles all read this list. The paths: src/api/paths.ts.
 */
import type { StepId } from '@/api/contract'
import { STEP_PATHS } from '@/api/paths'
import { STEP_IDS } from '@/api/step-ids'

export type Step = { id: StepId; number: number; path: string }

export const STEPS: readonly Step[] = STEP_IDS.map((id, index) => ({
  id,
  number: index + 1,
  path: STEP_PATHS[id],
}))

export function stepById(id: StepId): Step {
  return STEPS.find((step) => step.id === id) as Step
}

/** The step a path belongs to (`/sign-in/organization` → sign-in; `/` → welcome). */
export function stepForPath(pathname: string): Step | undefined {
  if (pathname === '/') return STEPS[0]
  return STEPS.find((step) => pathname === step.path || pathname.startsWith(`${step.path}/`))
}
