/**
 * Routes that only a mock build has: the mock identity provider (`/idp/:federationId`), which SSO's
 * `loginUrl` points to. main.tsx adds them to the route table when mocking is on, so a build with
 * mocking off has neither the route nor its code (scripts/check-real-build.mjs checks).
 */
import type { RouteObject } from 'react-router'

export const mockRoutes: RouteObject[] = [{ path: '/idp/:federationId', lazy: () => import('./idp/route') }]
