/**
 * Renders the real app (providers, route table, shell) in a memory router over a freshly seeded
 * mock database. Tests find things by role and label, as users do.
 */

import { startSession } from '@mocks/db'
import { mockRoutes } from '@mocks/routes'
import { applyScenario, type ScenarioName } from '@mocks/scenarios'
import { waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter } from 'react-router'
import { AppRouter } from '@/app/app-router'
import { Providers } from '@/app/providers'
import { createQueryClient } from '@/app/query-client'
import { createRoutes } from '@/app/router'
import { type Language, setupI18n } from '@/lib/i18n'
import { renderSettled } from './render-settled'

export type RenderAppOptions = {
  /** Where the app opens. */
  path?: string
  language?: Language
  /** Seeds the mock database with this scenario instead of the default one. */
  scenario?: ScenarioName
  /** Signs in as this user (of the scenario) before rendering, with this organization chosen. */
  signedInAs?: { userId: string; organizationId?: string | null }
  /** Marks step 1 as read. */
  started?: boolean
  /**
   * Returns once the first load is over (false: at once, in its loading state). A step's loading
   * state has the page's heading (src/app/shell/step-loading.tsx), so a test that found the heading
   * could otherwise look for the rest of the page before it is there.
   */
  firstLoad?: boolean
}

export async function renderApp(options: RenderAppOptions = {}) {
  if (options.scenario) await applyScenario(options.scenario)
  if (options.started || options.signedInAs) window.localStorage.setItem('partner-onboarding.started', '1')
  if (options.signedInAs) {
    await startSession({
      userId: options.signedInAs.userId,
      method: 'account',
      organizationId: options.signedInAs.organizationId ?? null,
    })
  }
  await setupI18n(options.language ?? 'en')
  const queryClient = createQueryClient()
  queryClient.setDefaultOptions({
    queries: { ...queryClient.getDefaultOptions().queries, retry: false },
  })
  const router = createMemoryRouter(createRoutes(queryClient, mockRoutes), {
    initialEntries: [options.path ?? '/'],
  })
  // user-event's default pause (a timer turn after each action) stays: with `delay: null` a click
  // could land before the page's effects ran (focus moves, titles), which no user can do.
  const user = userEvent.setup()
  // Settled: a first render that suspends is finished, effects included (./render-settled).
  const result = await renderSettled(
    <Providers queryClient={queryClient}>
      <AppRouter router={router} />
    </Providers>,
  )
  if (options.firstLoad !== false)
    await waitFor(() => {
      if (!router.state.initialized) throw new Error('the first load is not over')
      if (result.container.querySelector('[data-step-loading]')) throw new Error('the step still loads')
    })
  return { ...result, user, router, queryClient }
}
