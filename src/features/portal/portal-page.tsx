import { useSuspenseQuery } from '@tanstack/react-query'
import { Navigate } from 'react-router'
import type { PartnerProfile } from '@/api/contract'
import { PATHS } from '@/api/paths'
import { Notice } from '@/components/notice'
import { PageHeading } from '@/components/page-heading'
import { config } from '@/config'
import { sessionQuery } from '@/features/session'
import { partnerProfileQuery } from '@/features/status'
import { formatDate } from '@/lib/format'
import { useMessages } from '@/lib/i18n'
import styles from './portal.module.css'
import { nextSpecializationWindow } from './specialization-window'

/** The portal's sections as the platform names them, in its order. */
const SECTIONS = ['accounts', 'subaccounts', 'tools', 'finance', 'profile', 'access'] as const
const KEY_TERMS = ['partner', 'customer', 'subaccount', 'deal', 'specialization'] as const
const SPECIALIZATIONS = ['infrastructure', 'devops', 'ml-ai', 'data-platform', 'security-compliance'] as const

/**
 * Step 7: partner status (programs and the date) and the portal's home: the partner profile, the
 * portal's sections with what each is for, and what's next (the VAR program's terms, key terms,
 * technology specializations and when to apply for them).
 */
export function PortalPage() {
  const session = useSuspenseQuery(sessionQuery()).data
  if (!session?.organizationId) return null
  return <Portal organizationId={session.organizationId} />
}

function Portal({ organizationId }: { organizationId: string }) {
  const partner = useSuspenseQuery(partnerProfileQuery(organizationId)).data
  // Not (or no longer) a partner: the confirmation says where the application stands.
  if (!partner) return <Navigate to={PATHS.confirmation} replace />
  return <PortalHome partner={partner} />
}

function PortalHome({ partner }: { partner: PartnerProfile }) {
  const { t } = useMessages('portal', 'status')
  const platform = config.platformName
  const programs = partner.programs.map((program) => t(`status.program.${program}`)).join(', ')
  const window = nextSpecializationWindow(new Date())
  const period = formatDate(window.start, { month: 'long', year: 'numeric', timeZone: 'UTC' })
  return (
    <div className={styles.page}>
      <PageHeading>{t('portal.title')}</PageHeading>
      <Notice tone="success" title={t('portal.status.title')}>
        <p>
          {t('portal.status.body', {
            company: partner.company.shortName,
            platform,
            date: formatDate(partner.partnerSince),
          })}
        </p>
        <p>{t('portal.status.programs', { programs })}</p>
      </Notice>

      <section aria-labelledby="profile-heading" className={styles.section}>
        <h2 id="profile-heading">{t('portal.profile.heading')}</h2>
        <dl className={styles.facts}>
          <div>
            <dt>{t('portal.profile.organization')}</dt>
            <dd>{partner.organization.name}</dd>
          </div>
          <div>
            <dt>{t('portal.profile.company')}</dt>
            <dd>{partner.company.fullName}</dd>
          </div>
          <div>
            <dt>{t('portal.profile.tin')}</dt>
            <dd>{partner.company.tin}</dd>
          </div>
          {partner.company.kpp ? (
            <div>
              <dt>{t('portal.profile.kpp')}</dt>
              <dd>{partner.company.kpp}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('portal.profile.billingAccount')}</dt>
            <dd>
              {partner.billingAccount ? `${partner.billingAccount.name} (${partner.billingAccount.id})` : '—'}
            </dd>
          </div>
          <div>
            <dt>{t('portal.profile.programs')}</dt>
            <dd>{programs}</dd>
          </div>
          <div>
            <dt>{t('portal.profile.since')}</dt>
            <dd>{formatDate(partner.partnerSince)}</dd>
          </div>
          <div>
            <dt>{t('portal.profile.reference')}</dt>
            <dd>{partner.reference}</dd>
          </div>
        </dl>
      </section>

      <section aria-labelledby="sections-heading" className={styles.section}>
        <h2 id="sections-heading">{t('portal.sections.heading')}</h2>
        <p>{t('portal.sections.lead', { platform })}</p>
        <ul className={styles.cards}>
          {SECTIONS.map((section) => (
            <li key={section} className={styles.card}>
              <h3>{t(`portal.sections.${section}`)}</h3>
              <p>{t(`portal.sections.${section}.body`)}</p>
            </li>
          ))}
        </ul>
        <p>
          <a href={config.partnerPortalUrl}>{t('portal.sections.open', { platform })}</a>
        </p>
      </section>

      <section aria-labelledby="next-heading" className={styles.section}>
        <h2 id="next-heading">{t('portal.next.heading')}</h2>
        <h3>{t('portal.next.var.title')}</h3>
        <ul>
          <li>{t('portal.next.var.work', { platform })}</li>
          <li>{t('portal.next.var.bonus')}</li>
          <li>{t('portal.next.var.requirements')}</li>
          <li>{t('portal.next.var.leaving')}</li>
        </ul>
        <h3>{t('portal.next.terms.title')}</h3>
        <dl className={styles.terms}>
          {KEY_TERMS.map((term) => (
            <div key={term}>
              <dt>{t(`portal.next.terms.${term}`)}</dt>
              <dd>{t(`portal.next.terms.${term}.body`)}</dd>
            </div>
          ))}
        </dl>
        <h3>{t('portal.next.spec.title')}</h3>
        <p>{t('portal.next.spec.body')}</p>
        <ul>
          {SPECIALIZATIONS.map((specialization) => (
            <li key={specialization}>{t(`portal.next.spec.${specialization}`)}</li>
          ))}
        </ul>
        <p>
          <strong>
            {window.openNow
              ? t('portal.next.spec.openNow', { period })
              : t('portal.next.spec.next', { period })}
          </strong>
        </p>
      </section>
    </div>
  )
}
