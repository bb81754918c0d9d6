/**
 * What step 5's pages share at their top: the way back, where the page stands (a caption such as
 * "Page 2 of 3"), the heading and the lead; the account's name and status in words, said the same
 * way wherever a page is about an existing account (the step's page, verification, upgrade); and
 * the step done, with the way on (the step's page, the upgrade).
 */
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { BillingAccount } from '@/api/contract'
import { PATHS } from '@/api/paths'
import { buttonClass } from '@/components/button'
import { Notice } from '@/components/notice'
import { PageHeading } from '@/components/page-heading'
import { useMessages } from '@/lib/i18n'
import styles from './billing.module.css'

export function BillingPageTop({
  back,
  caption,
  title,
  lead,
  hasErrors = false,
}: {
  /** The link back (to the step's page, or the previous page of the new account). */
  back?: { to: string; label: string }
  caption?: string
  title: string
  lead?: ReactNode
  hasErrors?: boolean
}) {
  return (
    <>
      {back ? (
        <p className={styles.back}>
          <Link to={back.to}>{back.label}</Link>
        </p>
      ) : null}
      {caption ? <p className={styles.caption}>{caption}</p> : null}
      <PageHeading hasErrors={hasErrors}>{title}</PageHeading>
      {lead ? <p className={styles.lead}>{lead}</p> : null}
    </>
  )
}

/** The account's name and its status in words: two entries of a facts list (`<dl>`). */
export function AccountStatusFacts({ account }: { account: BillingAccount }) {
  const { t } = useMessages('billing')
  return (
    <>
      <div>
        <dt>{t('billing.account.name')}</dt>
        <dd>{account.name}</dd>
      </div>
      <div>
        <dt>{t('billing.account.status')}</dt>
        <dd className={styles.status}>{t(`billing.status.${account.status}`)}</dd>
      </div>
    </>
  )
}

/** Step 5 is done (the account qualifies and is paid): said, and the way on to step 6. */
export function StepDone({ title, body, live = false }: { title: string; body: string; live?: boolean }) {
  const { t } = useMessages('billing')
  return (
    <>
      <Notice tone="success" title={title} live={live}>
        <p>{body}</p>
      </Notice>
      <p className={styles.actions}>
        <Link to={PATHS.confirmation} className={buttonClass('primary')}>
          {t('billing.next.done.action')}
        </Link>
      </p>
    </>
  )
}
