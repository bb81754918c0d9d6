import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useReducer, useRef, useState } from 'react'
import { useLocation } from 'react-router'
import type { User } from '@/api/contract'
import { StepIntro } from '@/components/step-intro'
import { billingAccountsQuery } from '@/features/billing'
import { applicationQuery, useSession } from '@/features/session'
import { useMessages } from '@/lib/i18n'
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
  // The words of the whole page, asked for together (one suspense, not one per part).
  useMessages('application', 'common', 'forms')
  const [hasErrors, setHasErrors] = useState(false)
  // Set from Send request until the navigation it leads to is over: the answer (the sent
  // application) takes the applicant to step 4, so this page does not re-render into the sent
  // application on the way there (a render, a layout and a one-frame flash fewer). Should the
  // navigation leave the applicant here, the page shows what the server says (`left`).
  const leaving = useRef(false)
  const [, left] = useReducer((count: number) => count + 1, 0)
  const application = useSuspenseQuery({
    ...applicationQuery(organizationId),
    notifyOnChangeProps: () => (leaving.current ? [] : ['data']),
  }).data
  const accounts = useSuspenseQuery(billingAccountsQuery(organizationId)).data
  // Back here while that navigation was still on its way (the browser's Back, pressed at once): this
  // page never left, so it shows what the server says again.
  const { key } = useLocation()
  const arrivedAt = useRef(key)
  useEffect(() => {
    if (key === arrivedAt.current) return
    arrivedAt.current = key
    if (!leaving.current) return
    leaving.current = false
    left()
  }, [key])
  const sent = application ? application.status !== 'draft' && !leaving.current : false

  return (
    <>
      <StepIntro step="application" hasErrors={hasErrors && !sent} />
      <OrganizationSelect organizationId={organizationId} locked={sent} />
      {application && sent ? (
        <SentApplication application={application} accounts={accounts} />
      ) : (
        <ApplicationForm
          // Another organization is another application: the form starts afresh from its draft.
          key={organizationId}
          organizationId={organizationId}
          user={user}
          application={application}
          accounts={accounts}
          onErrorsChange={setHasErrors}
          leaving={{ ref: leaving, left }}
        />
      )}
    </>
  )
}
