/**
 * The upgrade from the trial to the paid version, confirmed in the seed's words: grants are kept,
 * no extra payments or fees, bills only when billable resources appear. The grant balance is shown
 * before and after (the same); the account becomes ACTIVE, step 5 is done, and step 6 is next.
 */
import { useState } from 'react'
import { Link, Navigate } from 'react-router'
import type { BillingAccount } from '@/api/contract'
import { PATHS } from '@/api/paths'
import { ApiErrorNotice } from '@/components/api-error-notice'
import { buttonClass } from '@/components/button'
import facts from '@/components/details-list.module.css'
import { Notice } from '@/components/notice'
import { formatMoney } from '@/lib/format'
import { useMessages } from '@/lib/i18n'
import { useIdempotencyKey } from '@/lib/use-idempotency-key'
import { useBillingData, useUpgradeBillingAccount } from './api'
import styles from './billing.module.css'
import { AccountStatusFacts, BillingPageTop, StepDone } from './page-top'

export function UpgradePage() {
  const { application, accounts } = useBillingData()
  const account = accounts.find((candidate) => candidate.id === application?.billingAccountId)
  if (!account) return <Navigate to={PATHS.billing} replace />
  return <Upgrade key={account.id} account={account} />
}

function Upgrade({ account }: { account: BillingAccount }) {
  const { t } = useMessages('billing', 'forms', 'common')
  const upgrade = useUpgradeBillingAccount(account.id)
  const keyFor = useIdempotencyKey()
  // The balance as it was when the page opened: after the upgrade it is shown beside the new one.
  const [before] = useState(account.grantBalance)
  const upgraded = account.paid
  // The last failure stays while trying again (Try again keeps focus); the next answer replaces it.
  const [failure, setFailure] = useState<unknown>(null)

  const confirm = () => {
    // One upgrade however often the button is pressed; a retry reuses the key.
    if (upgrade.isPending) return
    upgrade.mutate({ idempotencyKey: keyFor(account.id) }, { onError: setFailure })
  }

  return (
    <>
      <BillingPageTop
        back={{ to: PATHS.billing, label: t('billing.new.backToStep') }}
        title={t('billing.upgrade.title')}
        lead={t('billing.upgrade.lead')}
      />
      <div className={styles.column}>
        <Notice tone="info" title={t('billing.upgrade.noFeesTitle')}>
          <p>{t('billing.upgrade.noFeesBody')}</p>
        </Notice>
        <section className={styles.card} aria-labelledby="upgrade-balance">
          <h2 id="upgrade-balance">{t('billing.account.grants')}</h2>
          <dl className={styles.balances}>
            <div>
              <dt>{t('billing.upgrade.balanceBefore')}</dt>
              <dd>{formatMoney(before)}</dd>
            </div>
            <div>
              <dt>{t('billing.upgrade.balanceAfter')}</dt>
              <dd>{formatMoney(upgraded ? account.grantBalance : before)}</dd>
            </div>
          </dl>
          <p>{t('billing.upgrade.balanceKept')}</p>
          <dl className={facts.list}>
            <AccountStatusFacts account={account} />
          </dl>
        </section>

        {upgraded ? (
          <StepDone
            title={t('billing.upgrade.doneTitle')}
            body={t('billing.upgrade.doneBody', { status: t(`billing.status.${account.status}`) })}
            live
          />
        ) : !account.verified ? (
          <Notice tone="warning" title={t('billing.upgrade.notVerified')}>
            <p>
              <Link to={PATHS.billing}>{t('billing.new.backToStep')}</Link>
            </p>
          </Notice>
        ) : (
          <>
            {failure !== null ? (
              <ApiErrorNotice
                error={failure}
                title={t('billing.upgrade.failed')}
                onRetry={confirm}
                retrying={upgrade.isPending}
              />
            ) : null}
            <div className={styles.actions}>
              <button
                type="button"
                className={buttonClass('primary')}
                aria-disabled={upgrade.isPending || undefined}
                onClick={confirm}
              >
                {upgrade.isPending ? t('billing.upgrade.confirming') : t('billing.upgrade.confirm')}
              </button>
            </div>
          </>
        )}
      </div>
    </>
  )
}
