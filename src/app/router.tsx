/**
 * The one route table. Step routes come from the step list (./steps); each step's code loads
 * when it is needed; a deep link to a step that is not yet reachable leads to the first step not
 * done; every route has an error boundary with a way back.
 */
import type { QueryClient } from '@tanstack/react-query'
import { Suspense } from 'react'
import { type LoaderFunction, type RouteObject, redirect } from 'react-router'
import { afterFirstPaint } from '@/api/after-paint'
import type { StepId } from '@/api/contract'
import { type Namespace, preloadMessages } from '@/lib/i18n'
import { preloadableLazy } from '@/lib/preloadable-lazy'
import { isReachable, loadProgress } from './progress'
import { ProgramPage } from './routes/program'
import { RouteError } from './routes/route-error'
import { Layout, PageLoading } from './shell/layout'
import { loadProgressSummary } from './shell/lazy-summary'
import { stepById } from './steps'

/** Sends a deep link to a step that is not yet reachable to the first step not done. */
export function stepGuard(queryClient: QueryClient, id: StepId): LoaderFunction {
  return async () => {
    const progress = await loadProgress(queryClient)
    if (!isReachable(stepById(id), progress)) throw redirect(progress.next.path)
    return null
  }
}

/**
 * Every sign-in method leads to step 3; a partner who signs in again lands in the portal instead
 * (its application is decided: there is nothing left to apply for).
 */
function partnerToPortal(queryClient: QueryClient, guard: LoaderFunction): LoaderFunction {
  return async (args) => {
    const progress = await loadProgress(queryClient)
    if (progress.completed.has('confirmation')) throw redirect(stepById('partner').path)
    return guard(args)
  }
}

/**
 * The words each step's pages use, fetched when the navigation starts, with the step's code rather
 * than after it (one request chain shorter for the first page).
 */
const STEP_WORDS: Record<StepId, Namespace[]> = {
  welcome: ['welcome'],
  'sign-in': ['signIn', 'forms'],
  application: ['application', 'forms'],
  partnership: ['partnership', 'forms'],
  billing: ['billing', 'forms'],
  confirmation: ['status', 'forms', 'partnership'],
  partner: ['status'],
}

/** Fetches the words of a step's pages. */
export const preloadStepWords = (id: StepId): Promise<void> => preloadMessages(...STEP_WORDS[id])

function withWords(id: StepId, loader: LoaderFunction): LoaderFunction {
  return async (args) => {
    // A failed load is no failure here: the page asks again (useMessages) and says so if it must.
    preloadStepWords(id).catch(() => undefined)
    // The summary beside the page (every step after step 1), with the page's code and data.
    if (id !== 'welcome') loadProgressSummary().catch(() => undefined)
    // On the app's first load, the loader's own work (its queries) runs after the first paint, in a
    // task of its own (at once on every later navigation): creating the router runs the first load's
    // loaders in its own task, which was ~40 ms unthrottled on a link to a step (×4 on a slow phone,
    // 110 ms of Lighthouse's blocking time). Its API calls waited for the paint already (@/api/lazy).
    await afterFirstPaint()
    return loader(args)
  }
}

type LazyRoute = () => Promise<{ Component: React.ComponentType }>

/**
 * A step's page on the app's first load, while its code and data come (./shell/step-loading: the
 * frame, the step's intro, "Loading…"; a chunk of its own, which the build's prerender has first).
 */
const { Component: StepLoadingPage, preload: preloadStepLoading } = preloadableLazy<Record<string, never>>(
  () =>
    import('./shell/step-loading')
      .then((module) => ({ default: module.StepLoading }))
      // Its code failed to come (offline): the loading state is never what fails the page.
      .catch(() => ({ default: PageLoading })),
)

export { preloadStepLoading }

/** Nothing, not "Loading…" that would move down, until the intro and "Loading…" come together. */
function StepLoading() {
  return (
    <Suspense fallback={null}>
      <StepLoadingPage />
    </Suspense>
  )
}

function stepRoute(
  queryClient: QueryClient,
  id: StepId,
  lazy: LazyRoute,
  children?: RouteObject[],
): RouteObject {
  const path = stepById(id).path
  const guard = withWords(id, stepGuard(queryClient, id))
  // On the app's first load, the frame and the step's intro while its code and data come.
  if (!children)
    return {
      path,
      loader: guard,
      lazy: afterContract(lazy),
      HydrateFallback: StepLoading,
      errorElement: <RouteError />,
    }
  return {
    path,
    loader: guard,
    HydrateFallback: StepLoading,
    errorElement: <RouteError />,
    children: children.map((child) => ({
      errorElement: <RouteError />,
      ...child,
      ...(typeof child.lazy === 'function' ? { lazy: afterContract(child.lazy) } : {}),
    })),
  }
}

/**
 * A step's code once the contract it imports is evaluated, in tasks of their own
 * (src/api/load-contract.ts): together they were one long task on a step's first load. Imported
 * when first needed, as the API layer does (it is in the API layer's chunk), not on the first page.
 */
function afterContract<T>(load: () => Promise<T>): () => Promise<T> {
  return () => import('@/api/load-contract').then((module) => module.loadContract()).then(load)
}

/**
 * The route table. `outsideShell` are routes a mock build adds (mocks/routes.ts, the mock identity
 * provider): outside the shell and the step guard, each with the loading state and error boundary.
 */
export function createRoutes(queryClient: QueryClient, outsideShell: RouteObject[] = []): RouteObject[] {
  return [
    {
      element: <Layout />,
      HydrateFallback: PageLoading,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <ProgramPage />, errorElement: <RouteError /> },
        {
          path: '/welcome',
          loader: withWords('welcome', () => null),
          lazy: () => import('./routes/welcome'),
          errorElement: <RouteError />,
        },
        stepRoute(queryClient, 'sign-in', () => import('./routes/sign-in'), [
          { index: true, lazy: () => import('./routes/sign-in').then((m) => m.methods(queryClient)) },
          { path: 'yandex-id', lazy: () => import('./routes/sign-in').then((m) => m.yandexId) },
          { path: 'password', lazy: () => import('./routes/sign-in').then((m) => m.password) },
          { path: 'sso', lazy: () => import('./routes/sign-in').then((m) => m.sso) },
          { path: 'sso/complete', lazy: () => import('./routes/sign-in').then((m) => m.ssoComplete) },
          {
            path: 'organization',
            lazy: () => import('./routes/sign-in').then((m) => m.organization(queryClient)),
          },
        ]),
        {
          ...stepRoute(queryClient, 'application', () => import('./routes/application'), [
            { index: true, lazy: () => import('./routes/application').then((m) => m.page(queryClient)) },
          ]),
          loader: withWords(
            'application',
            partnerToPortal(queryClient, stepGuard(queryClient, 'application')),
          ),
        },
        stepRoute(queryClient, 'partnership', () => import('./routes/partnership'), [
          { index: true, lazy: () => import('./routes/partnership').then((m) => m.choice(queryClient)) },
          {
            path: 'questionnaire',
            lazy: () => import('./routes/partnership').then((m) => m.questionnaire(queryClient)),
          },
        ]),
        stepRoute(queryClient, 'billing', () => import('./routes/billing'), [
          { index: true, lazy: () => import('./routes/billing').then((m) => m.overview(queryClient)) },
          { path: 'new', lazy: () => import('./routes/billing').then((m) => m.start(queryClient)) },
          { path: 'new/general', lazy: () => import('./routes/billing').then((m) => m.general(queryClient)) },
          { path: 'new/company', lazy: () => import('./routes/billing').then((m) => m.company(queryClient)) },
          {
            path: 'new/contacts',
            lazy: () => import('./routes/billing').then((m) => m.contacts(queryClient)),
          },
          {
            path: 'verification',
            lazy: () => import('./routes/billing').then((m) => m.verification(queryClient)),
          },
          { path: 'upgrade', lazy: () => import('./routes/billing').then((m) => m.upgrade(queryClient)) },
        ]),
        stepRoute(queryClient, 'confirmation', () => import('./routes/confirmation'), [
          { index: true, lazy: () => import('./routes/confirmation').then((m) => m.page(queryClient)) },
          { path: 'fix', lazy: () => import('./routes/confirmation').then((m) => m.fix(queryClient)) },
        ]),
        stepRoute(queryClient, 'partner', () => import('./routes/partner'), [
          { index: true, lazy: () => import('./routes/partner').then((m) => m.page(queryClient)) },
        ]),
        // A wrong address is rare: its page is not in the first page's code.
        {
          path: '*',
          lazy: () => import('./routes/not-found').then((m) => ({ Component: m.NotFoundPage })),
        },
      ],
    },
    ...outsideShell.map(
      (route): RouteObject => ({ HydrateFallback: PageLoading, errorElement: <RouteError />, ...route }),
    ),
  ]
}
