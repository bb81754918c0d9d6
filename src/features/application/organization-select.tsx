import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { ApiErrorNotice } from '@/components/api-error-notice'
import { Field } from '@/components/field'
import { config } from '@/config'
import { organizationsQuery } from '@/features/session'
import { useMessages } from '@/lib/i18n'
import { useSwitchOrganization } from './api'
import styles from './application.module.css'

/**
 * The organization the application is for, at the top of the page (a native select). Choosing
 * another one selects it for the session and shows that organization's application. Once the
 * application is sent, the organization is shown, not offered.
 */
export function OrganizationSelect({ organizationId, locked }: { organizationId: string; locked: boolean }) {
  const { t } = useMessages('application', 'common')
  const organizations = useSuspenseQuery(organizationsQuery())
  const select = useSwitchOrganization()
  // The last failure stays while trying again (Try again keeps focus); the next answer replaces it.
  const [failed, setFailed] = useState<{ error: unknown; organizationId: string } | null>(null)
  const choose = (id: string) => {
    if (select.isPending) return
    select.mutate(id, {
      onSuccess: () => setFailed(null),
      onError: (error) => setFailed({ error, organizationId: id }),
    })
  }
  const list = organizations.data.organizations
  const current = list.find((organization) => organization.id === organizationId)

  if (locked || list.length <= 1) {
    return (
      <p className={styles.organization}>
        <span className={styles.organizationLabel}>{t('application.organization.label')}: </span>
        <strong>{current?.name ?? '…'}</strong>
      </p>
    )
  }

  const shown = select.isPending ? select.variables : organizationId
  return (
    <div className={styles.organizationSelect}>
      <Field
        id="organization"
        label={t('application.organization.label')}
        hint={t('application.organization.hint', { platform: config.platformName })}
      >
        <select value={shown} onChange={(event) => choose(event.target.value)}>
          {list.map((organization) => (
            <option key={organization.id} value={organization.id}>
              {organization.name}
            </option>
          ))}
        </select>
      </Field>
      <p role="status" className={styles.hint}>
        {select.isPending ? t('application.organization.switching') : ''}
      </p>
      {failed ? (
        <ApiErrorNotice
          error={failed.error}
          title={t('application.organization.failed')}
          onRetry={() => choose(failed.organizationId)}
          retrying={select.isPending}
        />
      ) : null}
    </div>
  )
}
