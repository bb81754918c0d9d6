import { useQuery } from '@tanstack/react-query'
import { Link, useLocation } from 'react-router'
import { hasStarted, isReachable, progressOf } from '@/app/progress'
import { STEPS, stepForPath } from '@/app/steps'
import { applicationQuery, sessionQuery } from '@/features/session/api'
import { useMessages } from '@/lib/i18n'
import styles from './stepper.module.css'

/** The seven steps as done, current, available or not yet available. */
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
  const current = stepForPath(pathname)

  return (
    <nav aria-label={t('common.steps.navLabel')} className={styles.stepper}>
      {current ? (
        // Phones show the markers only; this line names the current step (the list says it to screen readers).
        <p className={styles.caption} aria-hidden="true">
          {t('common.steps.stepOf', { number: current.number, total: STEPS.length })}:{' '}
          {t(`common.steps.${current.id}`)}
        </p>
      ) : null}
      <ol className={styles.list}>
        {STEPS.map((step) => {
          const isCurrent = current?.id === step.id
          const done = progress.completed.has(step.id)
          const reachable = isReachable(step, progress)
          const state = isCurrent ? 'current' : done ? 'done' : reachable ? 'available' : 'locked'
          const label = (
            <>
              <span className={styles.marker} aria-hidden="true">
                {done && !isCurrent ? '✓' : step.number}
              </span>
              <span className={styles.text}>
                <span className={styles.label}>{t(`common.steps.${step.id}`)}</span>
                <span className="visually-hidden">{`, ${t(`common.steps.state.${state}`)}`}</span>
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
