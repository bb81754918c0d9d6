import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { User } from '@/api/contract'
import { PageHeading } from '@/components/page-heading'
import { billingAccountsQuery } from '@/features/billing'
import { applicationQuery, useSession } from '@/features/session'
import { useMessages } from '@/lib/i18n'
import styles from './application.module.css'
import { ApplicationForm } from './application-form'
import { OrganizationSelect } from './organization-select'
import { SentApplication } from './sent-application'

/**
 * Step 3: the partnership application for the organization chosen at the top of the page. The
 * route's loader has the application, the billing accounts and the organizations in the cache.
 */
export function ApplicationPage() {
  const session = useSession()
  // Nobody signed in or no organization chosen: the step's guard sends the visitor where they belong.
  if (!session?.organizationId) return null
  return <OrganizationApplication user={session.user} organizationId={session.organizationId} />
}

function OrganizationApplication({ user, organizationId }: { user: User; organizationId: string }) {
  const { t } = useMessages('application', 'common', 'forms')
  const [hasErrors, setHasErrors] = useState(false)
  const application = useSuspenseQuery(applicationQuery(organizationId)).data
  const accounts = useSuspenseQuery(billingAccountsQuery(organizationId)).data
  const sent = application ? application.status !== 'draft' : false

  return (
    <>
      <PageHeading hasErrors={hasErrors && !sent}>{t('application.title')}</PageHeading>
      <p className={styles.lead}>{t('application.lead')}</p>
      <OrganizationSelect organizationId={organizationId} locked={sent} />
      {application && sent ? (
        <SentApplication application={application} />
      ) : (
        <ApplicationForm
          // Another organization is another application: the form starts afresh from its draft.
          key={organizationId}
          organizationId={organizationId}
          user={user}
          application={application}
          accounts={accounts}
          onErrorsChange={setHasErrors}
        />
      )}
    </>
  )
}
