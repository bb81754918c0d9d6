/**
 * Step 5's own page: which way the step goes for this application. With no billing account, the
 * requirements (in the seed's words) and Create billing account; with one, the account and its
 * status in words, and what is left: verification, the upgrade from trial to paid, or nothing (on to
 * step 6). A paid account chosen at step 3 leaves nothing to do: the questionnaire led to step 6.
 */
import { useQuery } from '@tanstack/react-query'
import { Link, Navigate } from 'react-router'
import type { BillingAccount } from '@/api/contract'
import { PATHS } from '@/api/paths'
import { buttonClass } from '@/components/button'
import facts from '@/components/details-list.module.css'
import { Notice } from '@/components/notice'
import { billingAccountEligibility } from '@/domain/billing-account-eligibility'
import { formatDateTime, formatMoney } from '@/lib/format'
import { useMessages } from '@/lib/i18n'
import { billingAccountsQuery, useBillingData } from './api'
import styles from './billing.module.css'
import { AccountStatusFacts, BillingPageTop, StepDone } from './page-top'

/** While the check is under way, the page asks again this often (the mock completes it after a while). */
const PENDING_POLL_MS = 4000

export function BillingPage() {
  const { t } = useMessages('billing', 'common')
  const { application, accounts } = useBillingData()
  if (!application) return <Navigate to={PATHS.application} replace />
  const account = accounts.find((candidate) => candidate.id === application.billingAccountId) ?? null

  if (!account) {
    const started = (application.billingAccountDraft?.pagesDone.length ?? 0) > 0
    return (
      <>
        <BillingPageTop title={t('billing.title')} lead={t('billing.create.lead')} />
        <section className={styles.card} aria-labelledby="billing-requirements">
          <h2 id="billing-requirements">{t('billing.requirements.title')}</h2>
          <ul className={styles.requirements}>
            <li>{t('billing.requirements.type')}</li>
            <li>{t('billing.requirements.owner')}</li>
            <li>{t('billing.requirements.payment')}</li>
          </ul>
          <p className={styles.note}>{t('billing.create.pages')}</p>
        </section>
        <Link to={PATHS.billingNew} className={buttonClass('primary')}>
          {started ? t('billing.create.continue') : t('billing.create.start')}
        </Link>
      </>
    )
  }

  const done = application.completedSteps.includes('billing')
  const chosenAtStep3 = application.company?.source === 'billing-account'
  return (
    <>
      <BillingPageTop title={t('billing.title')} />
      <AccountCard account={account} chosenAtStep3={chosenAtStep3} />
      <div className={styles.column}>
        {done ? (
          <StepDone
            title={t('billing.next.done.title')}
            body={t('billing.next.done.body', { name: account.name })}
          />
        ) : (
          <NextAction account={account} />
        )}
      </div>
    </>
  )
}

/** The account, as the applicant knows it: its name, its status in words, its company and grants. */
export function AccountCard({
  account,
  chosenAtStep3,
}: {
  account: BillingAccount
  chosenAtStep3?: boolean
}) {
  const { t } = useMessages('billing')
  return (
    <section className={styles.card} aria-labelledby="billing-account-title">
      <h2 id="billing-account-title">{t('billing.account.title')}</h2>
      {chosenAtStep3 ? <p>{t('billing.account.chosenAtStep3')}</p> : null}
      <dl className={facts.list}>
        <AccountStatusFacts account={account} />
        {account.company ? (
          <>
            <div>
              <dt>{t('billing.account.company')}</dt>
              <dd>{account.company.shortName}</dd>
            </div>
            <div>
              <dt>{t('billing.account.tin')}</dt>
              <dd className={styles.number}>{account.company.tin}</dd>
            </div>
          </>
        ) : null}
        <div>
          <dt>{t('billing.account.grants')}</dt>
          <dd className={styles.number}>{formatMoney(account.grantBalance)}</dd>
        </div>
      </dl>
    </section>
  )
}

function NextAction({ account }: { account: BillingAccount }) {
  const { t } = useMessages('billing')
  const pending = account.status === 'PENDING'
  // While the check is under way, the list is asked for again until the account comes back verified.
  useQuery({
    ...billingAccountsQuery(account.organizationId),
    refetchInterval: pending ? PENDING_POLL_MS : false,
    enabled: pending,
  })

  if (!account.verified && account.status === 'PAYMENT_NOT_CONFIRMED')
    return (
      <>
        <Notice tone="info" title={t('billing.next.verify.title')}>
          <p>{t('billing.next.verify.body')}</p>
        </Notice>
        <p className={styles.actions}>
          <Link to={PATHS.billingVerification} className={buttonClass('primary')}>
            {t('billing.next.verify.action')}
          </Link>
        </p>
      </>
    )
  if (pending)
    return (
      <Notice tone="info" title={t('billing.next.pending.title')} live>
        <p>
          {t('billing.next.pending.body', {
            date: account.verificationSentAt ? formatDateTime(account.verificationSentAt) : '—',
          })}
        </p>
      </Notice>
    )
  if (account.verified && !account.paid && billingAccountEligibility(account).eligible)
    return (
      <>
        <Notice tone="info" title={t('billing.next.upgrade.title')} live>
          <p>{t('billing.next.upgrade.body')}</p>
        </Notice>
        <p className={styles.actions}>
          <Link to={PATHS.billingUpgrade} className={buttonClass('primary')}>
            {t('billing.next.upgrade.action')}
          </Link>
        </p>
      </>
    )
  return (
    <Notice tone="warning" title={t('billing.next.blocked.title')}>
      <p>{t('billing.next.blocked.body', { status: t(`billing.status.${account.status}`) })}</p>
    </Notice>
  )
}
