/**
 * The mock identity provider's page: outside the shell (it stands for another site) and outside the
 * step guard (the provider does not know the applicant's progress).
 */
import { Suspense } from 'react'
import { PageLoading } from '@/app/shell/layout'
import { IdpPage } from '@/features/sign-in/idp-page'

export function Component() {
  return (
    <Suspense fallback={<PageLoading />}>
      <IdpPage />
    </Suspense>
  )
}
