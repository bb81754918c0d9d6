import { useQuery } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { Link, useNavigate } from 'react-router'
import type { Session } from '@/api/contract'
import { ApiErrorNotice } from '@/components/api-error-notice'
import { buttonClass } from '@/components/button'
import { ErrorSummary } from '@/components/error-summary'
import { PageHeading } from '@/components/page-heading'
import { config } from '@/config'
import { organizationsQuery, sessionQuery } from '@/features/session/api'
import { useMessages } from '@/lib/i18n'
import { useSelectOrganization } from './api'
import styles from './sign-in.module.css'

const GROUP_ID = 'organization'
const ERROR_ID = 'organization-error'

/** The second half of signing in with an existing account: the organization to work in. */
export function OrganizationPage() {
  const { t } = useMessages('signIn')
  const session = useQuery(sessionQuery())
  if (session.isPending) {
    return (
      <p role="status" className={styles.muted}>
        {t('signIn.organization.loading')}
      </p>
    )
  }
  if (session.isError) return <ApiErrorNotice error={session.error} onRetry={() => void session.refetch()} />
  // Nobody signed in: the route's loader sends a visitor to /sign-in; during sign-out, show nothing.
  if (!session.data) return null
  return <ChooseOrganization session={session.data} />
}

function ChooseOrganization({ session }: { session: Session }) {
  const { t } = useMessages('signIn')
  const navigate = useNavigate()
  const organizations = useQuery(organizationsQuery())
  const select = useSelectOrganization()
  const [chosen, setChosen] = useState<string | null>(session.organizationId)
  const [attempt, setAttempt] = useState(0)
  const [missing, setMissing] = useState(false)
  const list = organizations.data?.organizations ?? []
  const firstId = list[0] ? `${GROUP_ID}-${list[0].id}` : GROUP_ID
  const summary = missing ? [{ fieldId: firstId, message: t('signIn.organization.required') }] : []

  const submit = (event?: FormEvent) => {
    event?.preventDefault()
    if (select.isPending) return
    if (!chosen || !list.some((organization) => organization.id === chosen)) {
      setMissing(true)
      setAttempt((n) => n + 1)
      return
    }
    setMissing(false)
    select.mutate(chosen, { onSuccess: () => navigate('/application') })
  }

  return (
    <>
      <p>
        <Link to="/sign-in">{t('signIn.organization.otherAccount')}</Link>
      </p>
      <ErrorSummary errors={summary} focusKey={attempt} />
      {select.isError ? (
        <ApiErrorNotice
          error={select.error}
          title={t('signIn.organization.failed')}
          onRetry={() => submit()}
        />
      ) : null}
      <form noValidate onSubmit={submit} className={styles.form}>
        <fieldset className={styles.fieldset} aria-describedby={missing ? ERROR_ID : undefined}>
          <legend className={styles.legend}>
            <PageHeading hasErrors={missing}>{t('signIn.organization.title')}</PageHeading>
          </legend>
          <p className={styles.lead}>
            {t('signIn.organization.lead', { platform: config.platformName, login: session.user.login })}
          </p>
          {organizations.isPending ? (
            <p role="status" className={styles.muted}>
              {t('signIn.organization.loading')}
            </p>
          ) : organizations.isError ? (
            <ApiErrorNotice
              error={organizations.error}
              title={t('signIn.organization.loadError')}
              onRetry={() => void organizations.refetch()}
            />
          ) : list.length === 0 ? (
            <p>{t('signIn.organization.none')}</p>
          ) : (
            <>
              {missing ? (
                <p id={ERROR_ID} className={styles.error}>
                  {t('signIn.organization.required')}
                </p>
              ) : null}
              <ul className={`${styles.choices} ${missing ? styles.choicesInvalid : ''}`}>
                {list.map((organization) => {
                  const id = `${GROUP_ID}-${organization.id}`
                  return (
                    <li key={organization.id} className={styles.choice}>
                      <input
                        type="radio"
                        id={id}
                        name={GROUP_ID}
                        value={organization.id}
                        checked={chosen === organization.id}
                        onChange={() => {
                          setChosen(organization.id)
                          setMissing(false)
                        }}
                        aria-describedby={organization.federationId ? `${id}-hint` : undefined}
                      />
                      <label htmlFor={id} className={styles.choiceLabel}>
                        {organization.name}
                      </label>
                      {organization.federationId ? (
                        <p id={`${id}-hint`} className={styles.choiceHint}>
                          {t('signIn.organization.federation', { id: organization.federationId })}
                        </p>
                      ) : null}
                    </li>
                  )
                })}
              </ul>
            </>
          )}
        </fieldset>
        {list.length > 0 ? (
          <div className={styles.actions}>
            <button type="submit" className={buttonClass('primary')} disabled={select.isPending}>
              {select.isPending ? t('signIn.organization.continuing') : t('signIn.organization.continue')}
            </button>
          </div>
        ) : null}
      </form>
    </>
  )
}
