import { Link } from 'react-router'
import type { Application, BillingAccount } from '@/api/contract'
import { PATHS } from '@/api/paths'
import { buttonClass } from '@/components/button'
import details from '@/components/details-list.module.css'
import { Notice } from '@/components/notice'
import { formatDateTime } from '@/lib/format'
import { useMessages } from '@/lib/i18n'

/** An application that was sent: what was sent, and the way on to step 4. */
export function SentApplication({
  application,
  accounts,
}: {
  application: Application
  /** The organization's billing accounts: the one the company was given by is named. */
  accounts: BillingAccount[]
}) {
  const { t } = useMessages('application')
  const company = application.company
  const account =
    company?.source === 'billing-account'
      ? accounts.find((candidate) => candidate.id === company.billingAccountId)
      : undefined
  return (
    <>
      <Notice tone="success" title={t('application.sent.title')}>
        <p>
          {t('application.sent.body', {
            reference: application.reference,
            date: application.submittedAt ? formatDateTime(application.submittedAt) : '',
          })}
        </p>
      </Notice>
      <dl className={details.list}>
        {application.contacts ? (
          <div className={details.wide}>
            <dt>{t('application.contacts.title')}</dt>
            <dd>
              {application.contacts.name}, {application.contacts.position}, {application.contacts.email},{' '}
              {application.contacts.phone}
            </dd>
          </div>
        ) : null}
        {company ? (
          <div className={details.wide}>
            <dt>{t('application.companySection.title')}</dt>
            <dd>
              {company.source === 'tin'
                ? `${company.company.shortName}, ${t('application.company.tin')} ${company.tin}`
                : account
                  ? t('application.sent.fromNamedAccount', { name: account.name })
                  : t('application.sent.fromAccount')}
            </dd>
          </div>
        ) : null}
      </dl>
      <p>
        <Link to={PATHS.partnership} className={buttonClass('primary')}>
          {t('application.sent.next')}
        </Link>
      </p>
    </>
  )
}
