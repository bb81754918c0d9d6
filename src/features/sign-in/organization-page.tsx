import { useSuspenseQuery } from '@tanstack/react-query'
import { Link, useNavigate } from 'react-router'
import { z } from 'zod'
import type { Session } from '@/api/contract'
import { errorCode } from '@/api/messages'
import { PATHS } from '@/api/paths'
import { ChoiceGroup } from '@/components/form/choice-group'
import { FormActions } from '@/components/form/form-actions'
import { FormProblems } from '@/components/form/form-problems'
import { usePageForm } from '@/components/form/use-page-form'
import { PageHeading } from '@/components/page-heading'
import { config } from '@/config'
import { organizationsQuery, useSession } from '@/features/session'
import { useMessages } from '@/lib/i18n'
import { readReturnAfterSignIn, takeReturnAfterSignIn } from '@/lib/return-after-sign-in'
import { useSelectOrganization } from './api'
import styles from './sign-in.module.css'

/** The second half of signing in with an existing account: the organization to work in. */
export function OrganizationPage() {
  const session = useSession()
  // Nobody signed in: the route's loader sends a visitor to /sign-in; during sign-out, show nothing.
  return session ? <ChooseOrganization session={session} /> : null
}

type Values = { organizationId: string }

/** The organization of the page to return to, when this user's session ended there. */
function returningTo(session: Session, ids: string[]): string | null {
  const kept = readReturnAfterSignIn()
  return kept?.userId === session.user.id && kept.organizationId && ids.includes(kept.organizationId)
    ? kept.organizationId
    : null
}

function ChooseOrganization({ session }: { session: Session }) {
  const { t } = useMessages('signIn', 'forms')
  const navigate = useNavigate()
  const { organizations } = useSuspenseQuery(organizationsQuery()).data
  const select = useSelectOrganization()
  const ids = organizations.map((organization) => organization.id)
  const form = usePageForm<Values, Values>({
    schema: z.object({
      organizationId: z.string().refine((id) => ids.includes(id), errorCode('required')),
    }),
    // After a session that ended mid-step, the organization the user was working in.
    defaultValues: { organizationId: session.organizationId ?? returningTo(session, ids) ?? '' },
    fields: {
      organizationId: {
        id: 'organization',
        label: t('signIn.organization.title'),
        choices: ids,
        missing: 'signIn.organization.required',
      },
    },
    t,
    keep: { key: `organization.${session.user.id}` },
    onSubmit: async ({ organizationId }) => {
      await select.mutateAsync(organizationId)
      // Back to the page whose session ended, when there is one (the same user and organization).
      navigate(
        takeReturnAfterSignIn({ userId: session.user.id, organizationId }, Object.values(PATHS)) ??
          PATHS.application,
      )
    },
  })

  return (
    <>
      <p>
        <Link to={PATHS['sign-in']}>{t('signIn.organization.otherAccount')}</Link>
      </p>
      <FormProblems form={form} failedTitle={t('signIn.organization.failed')} />
      <form noValidate onSubmit={form.submit} className={styles.form}>
        <ChoiceGroup
          {...form.group('organizationId')}
          legend={<PageHeading hasErrors={form.hasErrors}>{t('signIn.organization.title')}</PageHeading>}
          type="radio"
          cards
          lead={
            <p className={styles.lead}>
              {t('signIn.organization.lead', { platform: config.platformName, login: session.user.login })}
            </p>
          }
          choices={organizations.map((organization) => ({
            value: organization.id,
            label: organization.name,
            hint: organization.federationId
              ? t('signIn.organization.federation', { id: organization.federationId })
              : undefined,
          }))}
        />
        {organizations.length === 0 ? <p>{t('signIn.organization.none')}</p> : null}
        {organizations.length > 0 ? (
          <FormActions
            form={form}
            submitLabel={t('signIn.organization.continue')}
            pendingLabel={t('signIn.organization.continuing')}
          />
        ) : null}
      </form>
    </>
  )
}
