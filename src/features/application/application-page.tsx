import { useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { ApiErrorNotice } from '@/components/api-error-notice'
import { PageHeading } from '@/components/page-heading'
import { billingAccountsQuery } from '@/features/billing/api'
import { applicationQuery, sessionQuery } from '@/features/session/api'
import { useMessages } from '@/lib/i18n'
import styles from './application.module.css'
import { ApplicationForm } from './application-form'
import { OrganizationSelect } from './organization-select'
import { SentApplication } from './sent-application'

/** Step 3: the partnership application for the organization chosen at the top of the page. */
export function ApplicationPage() {
  const { t } = useMessages('application', 'common', 'forms')
  const [hasErrors, setHasErrors] = useState(false)
  const session = useQuery(sessionQuery())
  const organizationId = session.data?.organizationId ?? null
  const application = useQuery({
    ...applicationQuery(organizationId ?? ''),
    enabled: organizationId !== null,
  })
  const accounts = useQuery({
    ...billingAccountsQuery(organizationId ?? ''),
    enabled: organizationId !== null,
  })
  const sent = application.data ? application.data.status !== 'draft' : false

  let body: React.ReactNode
  if (!session.data || !organizationId || application.isPending || accounts.isPending) {
    body = (
      <p role="status" className={styles.hint}>
        {t('application.loading')}
      </p>
    )
  } else if (application.isError || accounts.isError) {
    body = (
      <ApiErrorNotice
        error={application.error ?? accounts.error}
        title={t('application.loadFailed')}
        onRetry={() => {
          if (application.isError) void application.refetch()
          if (accounts.isError) void accounts.refetch()
        }}
      />
    )
  } else if (application.data && sent) {
    body = <SentApplication application={application.data} />
  } else {
    body = (
      <ApplicationForm
        // Another organization is another application: the form starts afresh from its draft.
        key={organizationId}
        organizationId={organizationId}
        user={session.data.user}
        application={application.data}
        accounts={accounts.data}
        onErrorsChange={setHasErrors}
      />
    )
  }

  return (
    <>
      <PageHeading hasErrors={hasErrors && !sent}>{t('application.title')}</PageHeading>
      <p className={styles.lead}>{t('application.lead')}</p>
      {organizationId ? <OrganizationSelect organizationId={organizationId} locked={sent} /> : null}
      {body}
    </>
  )
}
