import { useQuery } from '@tanstack/react-query'
import { useEffect, useId, useState } from 'react'
import { Link, useLocation } from 'react-router'
import { hasStarted, isReachable, progressOf } from '@/app/progress'
import { STEPS, stepForPath } from '@/app/steps'
import { billingAccountsQuery } from '@/features/billing/accounts-query'
import { applicationQuery, sessionQuery } from '@/features/session/api'
import { useMessages } from '@/lib/i18n'
import styles from './stepper.module.css'

function CheckMark() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d="m3.5 8.4 3 3 6-6.6"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}

/**
 * The seven steps as done, current, available or not yet available. Wide screens show them in seven
 * even columns (the same place on every page); phones show one line, "Step 3 of 7 · Partnership
 * application" with a progress bar, that opens the full list.
 */
export function Stepper() {
  const { t } = useMessages('common')
  const { pathname } = useLocation()
  const session = useQuery(sessionQuery())
  const organizationId = session.data?.organizationId ?? null
  const application = useQuery({
    ...applicationQuery(organizationId ?? ''),
    enabled: organizationId !== null,
  })
  const progress = progressOf({ started: hasStarted(), session: session.data, application: application.data })
  // Step 5 done shows the billing account it was done with.
  const billingAccountId = application.data?.billingAccountId ?? null
  const accounts = useQuery({
    ...billingAccountsQuery(organizationId ?? ''),
    enabled: organizationId !== null && billingAccountId !== null && progress.completed.has('billing'),
  })
  const billingAccountName = accounts.data?.find((account) => account.id === billingAccountId)?.name ?? null
  const current = stepForPath(pathname)
  const listId = useId()
  const [open, setOpen] = useState(false)

  // A new page closes the list on phones.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => setOpen(false), [pathname])

  return (
    <nav aria-label={t('common.steps.navLabel')} className={styles.stepper} data-open={open}>
      {current ? (
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((value) => !value)}
        >
          <span className={styles.toggleText}>
            {t('common.steps.stepOf', { number: current.number, total: STEPS.length })}
            {' · '}
            <span className={styles.toggleStep}>{t(`common.steps.${current.id}`)}</span>
          </span>
          <span className={styles.chevron} aria-hidden="true" />
          <span
            className={styles.bar}
            aria-hidden="true"
            // The width is the stylesheet's (one rule per step): a style attribute in the prerendered
            // HTML (scripts/prerender.ts) would be refused by the CSP.
            data-step={current.number}
          />
        </button>
      ) : null}
      <ol className={styles.list} id={listId}>
        {STEPS.map((step) => {
          const isCurrent = current?.id === step.id
          const done = progress.completed.has(step.id)
          const reachable = isReachable(step, progress)
          const state = isCurrent ? 'current' : done ? 'done' : reachable ? 'available' : 'locked'
          const label = (
            <>
              <span className={styles.marker} aria-hidden="true">
                {done && !isCurrent ? <CheckMark /> : step.number}
              </span>
              <span className={styles.text}>
                <span className={styles.label}>
                  {t(`common.steps.${step.id}`)}
                  <span className="visually-hidden">{`, ${t(`common.steps.state.${state}`)}`}</span>
                </span>
                {step.id === 'billing' && done && billingAccountName ? (
                  <span className={styles.detail}>{billingAccountName}</span>
                ) : null}
              </span>
            </>
          )
          return (
            <li key={step.id} className={styles.item} data-state={state}>
              {reachable && !isCurrent ? (
                <Link to={step.path} className={styles.link}>
                  {label}
                </Link>
              ) : (
                <span className={styles.link} aria-current={isCurrent ? 'step' : undefined}>
                  {label}
                </span>
              )}
            </li>
          )
        })}
      </ol>
    </nav>
  )
}
