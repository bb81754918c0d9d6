/**
 * Where the applicant stands: which steps are done, which one comes next. The server says which
 * steps of an application are done; only the client knows that step 1 was read.
 */
import type { QueryClient } from '@tanstack/react-query'
import type { Application, Session, StepId } from '@/api/contract'
import { applicationQuery, sessionQuery } from '@/features/session/api'
import { STEPS, type Step } from './steps'

const STARTED_KEY = 'partner-onboarding.started'

export function markStarted(): void {
  try {
    window.localStorage.setItem(STARTED_KEY, '1')
  } catch {
    // Without storage the applicant simply sees step 1 again next time.
  }
}

export function hasStarted(): boolean {
  try {
    return window.localStorage.getItem(STARTED_KEY) === '1'
  } catch {
    return false
  }
}

export function forgetStarted(): void {
  try {
    window.localStorage.removeItem(STARTED_KEY)
  } catch {
    // Nothing to forget.
  }
}

export type Progress = { completed: ReadonlySet<StepId>; next: Step }

export function progressOf(input: {
  started: boolean
  session: Session | null | undefined
  application: Application | null | undefined
}): Progress {
  const completed = new Set<StepId>(input.application?.completedSteps ?? [])
  if (input.started || input.session) completed.add('welcome')
  if (input.session?.organizationId) completed.add('sign-in')
  else completed.delete('sign-in')
  const next = STEPS.find((step) => !completed.has(step.id)) ?? (STEPS[STEPS.length - 1] as Step)
  return { completed, next }
}

/** Loads what progress depends on through the same query options the pages use. */
export async function loadProgress(queryClient: QueryClient): Promise<Progress> {
  const session = await queryClient.ensureQueryData(sessionQuery())
  const application = session?.organizationId
    ? await queryClient.ensureQueryData(applicationQuery(session.organizationId))
    : null
  return progressOf({ started: hasStarted(), session, application })
}

export function isReachable(step: Step, progress: Progress): boolean {
  return step.number <= progress.next.number
}
