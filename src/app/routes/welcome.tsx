import { markStarted } from '@/app/progress'
import { WelcomePage } from '@/features/landing/welcome-page'

/** Step 1: the feature's page, told how the app records that the applicant started. */
export function Component() {
  return <WelcomePage onStart={markStarted} />
}
