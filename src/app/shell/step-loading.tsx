/**
 * A step's page on the app's first load (its route's HydrateFallback, a chunk of its own:
 * src/app/router.tsx), while the step's code and data come: in the frame, the page's heading and lead
 * where they need no data (@/components/step-intro), then "Loading…". The page's largest text paints
 * before its data arrives, where the page puts it; the build prerenders it for `/application`.
 */
import { useLocation } from 'react-router'
import { stepForPath } from '@/app/steps'
import { hasIntro, StepIntro } from '@/components/step-intro'
import { PageLoading } from './layout'

export function StepLoading() {
  const { pathname } = useLocation()
  const step = stepForPath(pathname)
  // A step's first page only: its other pages (`/sign-in/password`) have headings of their own.
  const intro = step && hasIntro(step.id) && pathname.replace(/\/+$/, '') === step.path ? step.id : null
  // Marked, so that tests opening the app at a step know when its first load is over (test/render-app.tsx).
  return (
    <div data-step-loading="">
      {intro ? <StepIntro step={intro} /> : null}
      <PageLoading />
    </div>
  )
}
