import { useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import type { z } from 'zod'
import { SsoStartRequest } from '@/api/contract'
import { PATHS } from '@/api/paths'
import { Field } from '@/components/field'
import { FormActions } from '@/components/form/form-actions'
import { FormProblems } from '@/components/form/form-problems'
import { usePageForm } from '@/components/form/use-page-form'
import { Notice } from '@/components/notice'
import { PageHeading } from '@/components/page-heading'
import { config } from '@/config'
import { useMessages } from '@/lib/i18n'
import { SSO_ENTRY_KEY, ssoOutcomeOf, useSsoStart } from './api'
import styles from './sign-in.module.css'

/**
 * SSO: a federation ID or a work email leads to the identity provider's page; the way back brings
 * an outcome code (`?error=cancelled`, …) that this page words, with the entry still filled in (it
 * is kept in this tab as it is typed, so a reload keeps it too).
 */
export function SsoPage() {
  const { t } = useMessages('signIn', 'forms')
  const navigate = useNavigate()
  const [params] = useSearchParams()
  const start = useSsoStart()
  const [outcomeSeen, setOutcomeSeen] = useState(false)
  const outcome = outcomeSeen ? null : ssoOutcomeOf(params.get('error'))
  const form = usePageForm<z.input<typeof SsoStartRequest>, z.output<typeof SsoStartRequest>>({
    schema: SsoStartRequest,
    defaultValues: { federationIdOrEmail: '' },
    fields: { federationIdOrEmail: { id: 'sso-entry', label: t('signIn.ssoPage.entry') } },
    t,
    // Kept for the way back from the identity provider; signing in forgets it.
    keep: { key: SSO_ENTRY_KEY, clearOnSuccess: false },
    onSubmit: async ({ federationIdOrEmail }) => {
      const { loginUrl, federationName } = await start.mutateAsync(federationIdOrEmail)
      // The mock identity provider is a page of this app; a real one lives elsewhere.
      if (loginUrl.startsWith('/')) navigate(loginUrl, { state: { federationName } })
      else window.location.assign(loginUrl)
    },
  })

  return (
    <>
      <p>
        <Link to={PATHS['sign-in']}>{t('signIn.back')}</Link>
      </p>
      <PageHeading hasErrors={form.hasErrors || outcome !== null}>{t('signIn.ssoPage.title')}</PageHeading>
      <p className={styles.lead}>{t('signIn.ssoPage.lead')}</p>
      {outcome ? (
        <Notice tone="error" live title={t(`signIn.ssoError.${outcome}.title`)}>
          <p>{t(`signIn.ssoError.${outcome}.body`, { platform: config.platformName })}</p>
        </Notice>
      ) : null}
      <FormProblems form={form} failedTitle={t('signIn.ssoPage.failed')} />
      <form
        noValidate
        className={styles.form}
        onSubmit={(event) => {
          setOutcomeSeen(true)
          void form.submit(event)
        }}
      >
        <Field {...form.field('federationIdOrEmail')} hint={t('signIn.ssoPage.entryHint')}>
          <input
            type="text"
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            {...form.register('federationIdOrEmail')}
          />
        </Field>
        <FormActions
          form={form}
          submitLabel={t('signIn.ssoPage.submit')}
          pendingLabel={t('signIn.ssoPage.submitting')}
        />
      </form>
    </>
  )
}
