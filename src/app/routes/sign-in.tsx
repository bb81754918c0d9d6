/** Step 2, sign in: its pages (one chunk), wired as children of the step's route in ../router. */
import type { QueryClient } from '@tanstack/react-query'
import { redirect } from 'react-router'
import { PATHS } from '@/api/paths'
import { loadOrganizationPage, loadSignInPage } from '@/features/sign-in/api'
import { OrganizationPage } from '@/features/sign-in/organization-page'
import { PasswordSignInPage } from '@/features/sign-in/password-page'
import { SignInPage } from '@/features/sign-in/sign-in-page'
import { SsoCompletePage } from '@/features/sign-in/sso-complete-page'
import { SsoPage } from '@/features/sign-in/sso-page'
import { YandexIdPage } from '@/features/sign-in/yandex-id-page'
import { pageRoute } from './page-route'

export const Component = SignInPage

export const methods = pageRoute(SignInPage, loadSignInPage)
export const yandexId = { Component: YandexIdPage }
export const password = { Component: PasswordSignInPage }
export const sso = { Component: SsoPage }
export const ssoComplete = { Component: SsoCompletePage }

/** Choosing the organization needs somebody signed in; others start at the sign-in methods. */
export const organization = (queryClient: QueryClient) => ({
  Component: OrganizationPage,
  loader: async () => ((await loadOrganizationPage(queryClient)) ? null : redirect(PATHS['sign-in'])),
})
