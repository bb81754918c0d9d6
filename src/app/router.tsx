/**
 * The one route table. Step routes come from the step list (./steps); each step's code loads
 * when it is needed; a deep link to a step that is not yet reachable leads to the first step not
 * done; every route has an error boundary with a way back.
 */
import type { QueryClient } from '@tanstack/react-query'
import { type LoaderFunction, type RouteObject, redirect } from 'react-router'
import type { StepId } from '@/api/contract'
import { isReachable, loadProgress } from './progress'
import { NotFoundPage } from './routes/not-found'
import { ProgramPage } from './routes/program'
import { RouteError } from './routes/route-error'
import { Layout, PageLoading } from './shell/layout'
import { stepById } from './steps'

/** Sends a deep link to a step that is not yet reachable to the first step not done. */
export function stepGuard(queryClient: QueryClient, id: StepId): LoaderFunction {
  return async () => {
    const progress = await loadProgress(queryClient)
    if (!isReachable(stepById(id), progress)) throw redirect(progress.next.path)
    return null
  }
}

type LazyRoute = () => Promise<{ Component: React.ComponentType }>

function stepRoute(
  queryClient: QueryClient,
  id: StepId,
  lazy: LazyRoute,
  children?: RouteObject[],
): RouteObject {
  const path = stepById(id).path
  const guard = stepGuard(queryClient, id)
  if (!children) return { path, loader: guard, lazy, errorElement: <RouteError /> }
  return {
    path,
    loader: guard,
    errorElement: <RouteError />,
    children: children.map((child) => ({ errorElement: <RouteError />, ...child })),
  }
}

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      element: <Layout />,
      HydrateFallback: PageLoading,
      errorElement: <RouteError />,
      children: [
        { index: true, element: <ProgramPage />, errorElement: <RouteError /> },
        { path: '/welcome', lazy: () => import('./routes/welcome'), errorElement: <RouteError /> },
        stepRoute(queryClient, 'sign-in', () => import('./routes/sign-in'), [
          { index: true, lazy: () => import('./routes/sign-in').then((m) => m.methods) },
          { path: 'yandex-id', lazy: () => import('./routes/sign-in').then((m) => m.yandexId) },
          { path: 'sso', lazy: () => import('./routes/sign-in').then((m) => m.sso) },
          { path: 'sso/complete', lazy: () => import('./routes/sign-in').then((m) => m.ssoComplete) },
          {
            path: 'organization',
            lazy: () => import('./routes/sign-in').then((m) => m.organization(queryClient)),
          },
        ]),
        stepRoute(queryClient, 'application', () => import('./routes/application')),
        stepRoute(queryClient, 'partnership', () => import('./routes/partnership'), [
          { index: true, lazy: () => import('./routes/partnership').then((m) => m.choice) },
          { path: 'questionnaire', lazy: () => import('./routes/partnership').then((m) => m.questionnaire) },
        ]),
        stepRoute(queryClient, 'billing', () => import('./routes/billing')),
        stepRoute(queryClient, 'confirmation', () => import('./routes/confirmation')),
        stepRoute(queryClient, 'partner', () => import('./routes/partner')),
        { path: '*', element: <NotFoundPage /> },
      ],
    },
    {
      path: '/idp/:federationId',
      lazy: () => import('./routes/idp'),
      HydrateFallback: PageLoading,
      errorElement: <RouteError />,
    },
  ]
}
