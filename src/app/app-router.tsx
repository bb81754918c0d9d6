import type { ComponentProps } from 'react'
import { RouterProvider } from 'react-router'

type Props = { router: ComponentProps<typeof RouterProvider>['router'] }

/**
 * The router as the app renders it (src/main.tsx, and the component tests' test/render-app.tsx).
 *
 * Router updates are not transitions (`useTransitions={false}`): a navigation renders its page only
 * once the route's loader has every request in the cache, so there is nothing to keep the old page
 * for, and a transition's render yields to the browser every few ms, letting a frame and other tasks
 * in between the slices of the next page. Measured with `scripts/bench-transitions.mjs` at latency 0
 * (median of 5): Let's get started → sign-in 57 → 36 ms, Continue → questionnaire 97 → 78 ms.
 * A page that still suspends shows the layout's "Loading…" instead of keeping the old page.
 *
 * `react-router`'s provider, not `react-router/dom`'s: the latter only adds `flushSync` for
 * navigations (unused here), and under Vitest it resolves to a second copy of the router whose
 * context the routes' hooks do not see.
 */
export function AppRouter({ router }: Props) {
  return <RouterProvider router={router} useTransitions={false} />
}
