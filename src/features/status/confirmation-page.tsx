import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useRef, useState } from 'react'
import { Link, Navigate, useLocation } from 'react-router'
import type { Application, ApplicationStatus } from '@/api/contract'
import { PATHS } from '@/api/paths'
import { buttonClass } from '@/components/button'
import { Notice } from '@/components/notice'
import { PageHeading } from '@/components/page-heading'
import { config } from '@/config'
import { DECISION_BUSINESS_DAYS } from '@/domain/business-days'
import { billingAccountsQuery } from '@/features/billing'
import { sessionQuery } from '@/features/session'
import { formatDate } from '@/lib/format'
import { type Translate, useMessages } from '@/lib/i18n'
import { Answers } from './answers'
import { applicationStatusQuery } from './api'
import { FIELD_LABEL, fixAnchor } from './fields'
import styles from './status.module.css'
import { Timeline } from './timeline'

/** Set by the fix page after Send again: the confirmation says it was sent. */
export type ConfirmationState = { resubmitted?: boolean }

/**
 * Step 6: the application's reference, its status with the history and the decision date, what
 * happens next and whom to contact, and every answer given. It asks again while the manager has the
 * application (not in a background tab) and stops once decided. Printable: answers and status.
 */
export function ConfirmationPage() {
  const session = useSuspenseQuery(sessionQuery()).data
  // Nobody signed in: the step's guard sends a visitor away; during sign-out, show nothing.
  if (!session?.organizationId) return null
  return <Confirmation organizationId={session.organizationId} />
}

function Confirmation({ organizationId }: { organizationId: string }) {
  const { t } = useMessages('status')
  const location = useLocation()
  const application = useSuspenseQuery(applicationStatusQuery(organizationId)).data
  const accounts = useSuspenseQuery(billingAccountsQuery(organizationId)).data
  if (!application) return <Navigate to={PATHS.application} replace />
  const account = accounts.find((candidate) => candidate.id === application.billingAccountId) ?? null
  const resubmitted = (location.state as ConfirmationState | null)?.resubmitted === true

  return (
    <div className={styles.page}>
      <PageHeading>{t('status.title')}</PageHeading>
      <p className={styles.lead}>{t('status.lead', { days: DECISION_BUSINESS_DAYS })}</p>
      <div className={styles.reference}>
        <p>
          <span className={styles.referenceLabel}>{t('status.reference')}</span>{' '}
          <strong className={styles.referenceValue}>{application.reference}</strong>
        </p>
        <p className={styles.muted}>{t('status.referenceHint')}</p>
      </div>
      {resubmitted && application.status === 'in_review' ? (
        <Notice tone="success" title={t('status.fix.sent')} live />
      ) : null}
      <StatusSection application={application} />
      <NextSteps application={application} />
      <Answers application={application} account={account} />
      <p className={styles.noPrint}>
        <button type="button" className={buttonClass('secondary')} onClick={() => window.print()}>
          {t('status.print')}
        </button>
      </p>
    </div>
  )
}

/** The status badge's tone (design tokens: info, warning, danger, success). */
const BADGE: Record<ApplicationStatus, string | undefined> = {
  draft: styles.badgeInfo,
  submitted: styles.badgeInfo,
  in_review: styles.badgeInfo,
  information_needed: styles.badgeWarning,
  approved: styles.badgeSuccess,
  rejected: styles.badgeError,
}

/** Says so (politely) when the status changes while the page is open: polling brought the news. */
function useStatusAnnouncement(t: Translate, status: ApplicationStatus): string {
  const first = useRef(status)
  const [said, setSaid] = useState('')
  useEffect(() => {
    if (status !== first.current) {
      first.current = status
      setSaid(t('status.current.changed', { status: t(`status.name.${status}`) }))
    }
  }, [status, t])
  return said
}

function StatusSection({ application }: { application: Application }) {
  const { t } = useMessages('status')
  const announcement = useStatusAnnouncement(t, application.status)
  const status = application.status
  return (
    <section aria-labelledby="status-heading" className={styles.section}>
      <h2 id="status-heading">
        {t('status.current.heading')}{' '}
        <span className={`${styles.badge} ${BADGE[status] ?? ''}`}>{t(`status.name.${status}`)}</span>
      </h2>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {status === 'in_review' || status === 'submitted' ? <InReview application={application} /> : null}
      {status === 'information_needed' ? <InformationNeeded application={application} /> : null}
      {status === 'rejected' ? <Rejected application={application} /> : null}
      {status === 'approved' ? <Approved application={application} /> : null}
      <Timeline application={application} />
    </section>
  )
}

function InReview({ application }: { application: Application }) {
  const { t } = useMessages('status')
  const due = application.decisionDueAt
  // Late by the server's clock (its answer says so), never by the browser's.
  if (due && application.decisionOverdue)
    return (
      <Notice tone="warning" title={t('status.inReview.overdueTitle')} headingLevel={3}>
        <p>{t('status.inReview.overdue', { date: formatDate(due), reference: application.reference })}</p>
        <p className={styles.noPrint}>{t('status.inReview.live')}</p>
      </Notice>
    )
  return (
    <Notice tone="info" title={t('status.inReview.body')} headingLevel={3}>
      {due ? (
        <p>{t('status.inReview.due', { date: formatDate(due), days: DECISION_BUSINESS_DAYS })}</p>
      ) : null}
      {due && application.decisionDueEstimate ? (
        <p>{t('status.inReview.estimate', { year: due.slice(0, 4) })}</p>
      ) : null}
      <p className={styles.noPrint}>{t('status.inReview.live')}</p>
    </Notice>
  )
}

function InformationNeeded({ application }: { application: Application }) {
  const { t } = useMessages('status')
  const request = application.informationRequests.at(-1)
  if (!request) return null
  return (
    <>
      <Notice tone="warning" title={t('status.infoNeeded.title')} headingLevel={3}>
        <p className={styles.messageLabel}>{t('status.infoNeeded.message')}</p>
        <blockquote className={styles.message}>{request.message}</blockquote>
        <p className={styles.messageLabel}>{t('status.infoNeeded.fix')}</p>
        <ul className={styles.fixList}>
          {request.fields.map((field) => (
            <li key={field}>
              <Link to={`${PATHS.confirmationFix}#${fixAnchor(field)}`}>{t(FIELD_LABEL[field])}</Link>
            </li>
          ))}
        </ul>
        <p>{t('status.infoNeeded.rest')}</p>
      </Notice>
      <p className={styles.noPrint}>
        <Link to={PATHS.confirmationFix} className={buttonClass('primary')}>
          {t('status.infoNeeded.action')}
        </Link>
      </p>
    </>
  )
}

function Rejected({ application }: { application: Application }) {
  const { t } = useMessages('status')
  const decision = application.decision
  if (decision?.outcome !== 'rejected') return null
  return (
    <Notice tone="error" title={t('status.rejected.title')} headingLevel={3}>
      <p className={styles.messageLabel}>{t('status.rejected.reasons')}</p>
      <ul>
        {decision.reasons.map((reason) => (
          <li key={reason}>{t(`status.rejected.reason.${reason}`, { platform: config.platformName })}</li>
        ))}
      </ul>
      {decision.note ? (
        <>
          <p className={styles.messageLabel}>{t('status.rejected.note')}</p>
          <blockquote className={styles.message}>{decision.note}</blockquote>
        </>
      ) : null}
      <p>
        <strong>{t('status.rejected.reapply', { date: formatDate(decision.reapplyFrom) })}</strong>
      </p>
    </Notice>
  )
}

function Approved({ application }: { application: Application }) {
  const { t } = useMessages('status')
  const decision = application.decision
  if (decision?.outcome !== 'approved') return null
  return (
    <>
      <Notice tone="success" title={t('status.approved.title')} headingLevel={3}>
        <p>
          {t('status.approved.body', {
            date: formatDate(decision.at),
            programs: decision.programs.map((program) => t(`status.program.${program}`)).join(', '),
          })}
        </p>
      </Notice>
      <p className={styles.noPrint}>
        <Link to={PATHS.partner} className={buttonClass('primary')}>
          {t('status.approved.portal')}
        </Link>
      </p>
    </>
  )
}

function NextSteps({ application }: { application: Application }) {
  const { t } = useMessages('status')
  const contacts = application.contacts
  const next: Record<ApplicationStatus, string> = {
    draft: t('status.next.in_review'),
    submitted: t('status.next.in_review'),
    in_review: t('status.next.in_review'),
    information_needed: t('status.next.information_needed'),
    approved: t('status.next.approved'),
    rejected: t('status.next.rejected'),
  }
  return (
    <section aria-labelledby="next-heading" className={styles.section}>
      <h2 id="next-heading">{t('status.next.heading')}</h2>
      <p>{next[application.status]}</p>
      {application.status === 'rejected' ? (
        <p>
          <a href={config.partnerRequirementsUrl}>{t('status.rejected.requirements')}</a>
        </p>
      ) : null}
      <h3>{t('status.contact.heading')}</h3>
      <p>
        {contacts
          ? t('status.contact.body', {
              name: contacts.name,
              email: contacts.email,
              reference: application.reference,
            })
          : t('status.contact.noContacts', { reference: application.reference })}
      </p>
    </section>
  )
}
