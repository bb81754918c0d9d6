/**
 * The mock identity provider's route module (lazy-loaded): outside the app's shell (it stands for
 * another site) and outside the step guard (the provider does not know the applicant's progress).
 */
import { useMockMessages } from '@mocks/i18n'
import { Suspense } from 'react'
import { IdpPage } from './idp-page'

/** Shown while the provider's messages load (the app's shell messages are there from the start). */
function Loading() {
  const { t } = useMockMessages('common')
  return <p role="status">{t('common.status.loading')}</p>
}

export function Component() {
  return (
    <Suspense fallback={<Loading />}>
      <IdpPage />
    </Suspense>
  )
}
