/** Step 2, sign in: its pages (one chunk), wired as children of the step's route in ../router. */
import type { QueryClient } from '@tanstack/react-query'
import { redirect } from 'react-router'
import { sessionQuery } from '@/features/session/api'
import { OrganizationPage } from '@/features/sign-in/organization-page'
import { SignInPage } from '@/features/sign-in/sign-in-page'
import { SsoCompletePage } from '@/features/sign-in/sso-complete-page'
import { SsoPage } from '@/features/sign-in/sso-page'
import { YandexIdPage } from '@/features/sign-in/yandex-id-page'

export const Component = SignInPage

export const methods = { Component: SignInPage }
export const yandexId = { Component: YandexIdPage }
export const sso = { Component: SsoPage }
export const ssoComplete = { Component: SsoCompletePage }

/** Choosing the organization needs somebody signed in; others start at the sign-in methods. */
export const organization = (queryClient: QueryClient) => ({
  Component: OrganizationPage,
  loader: async () => ((await queryClient.ensureQueryData(sessionQuery())) ? null : redirect('/sign-in')),
})
