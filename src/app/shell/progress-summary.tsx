import { useQuery } from '@tanstack/react-query'
import { Suspense, useId, useSyncExternalStore } from 'react'
import { useLocation } from 'react-router'
import type { Application, PartnershipType, StepId } from '@/api/contract'
import { hasStarted, isReachable, progressOf } from '@/app/progress'
import { STEPS, stepForPath } from '@/app/steps'
import { programSettingsQuery } from '@/features/program/api'
import { applicationQuery, organizationsQuery, sessionQuery } from '@/features/session/api'
import { useMessages } from '@/lib/i18n'
import styles from './progress-summary.module.css'

/** Wide enough for the summary beside the page (matches `.withAside` in shell.module.css). */
const WIDE = '(min-width: 64.0625rem)'

function subscribe(onChange: () => void) {
  if (typeof window.matchMedia !== 'function') return () => undefined
  const query = window.matchMedia(WIDE)
  query.addEventListener('change', onChange)
  return () => query.removeEventListener('change', onChange)
}
const isWide = () => typeof window.matchMedia === 'function' && window.matchMedia(WIDE).matches

function PartnershipTypes({ types }: { types: PartnershipType[] }) {
  const { t } = useMessages('partnership')
  return <>{types.map((type) => t(`partnership.types.${type}`)).join(', ')}</>
}

/** What the user has entered at a step that is done: words from their own data, rendered as text. */
function Facts({
  step,
  application,
  userName,
  organizationName,
}: {
  step: StepId
  application: Application | null | undefined
  userName: string | undefined
  organizationName: string | undefined
}) {
  const { t } = useMessages('summary')
  const facts: React.ReactNode[] = []
  if (step === 'sign-in') {
    if (userName) facts.push(userName)
    if (organizationName) facts.push(t('summary.organization', { name: organizationName }))
  }
  if (step === 'application' && application) {
    const company =
      application.company?.source === 'tin' ? application.company.company.shortName : organizationName
    if (company) facts.push(t('summary.company', { name: company }))
    if (application.contacts) facts.push(t('summary.contact', { name: application.contacts.name }))
  }
  if (step === 'partnership' && application?.partnership) {
    facts.push(
      <Suspense fallback={null} key="types">
        <PartnershipTypes types={application.partnership.types} />
      </Suspense>,
    )
  }
  if (facts.length === 0) return null
  return (
    <ul className={styles.facts}>
      {facts.map((fact, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed short list, rebuilt whole
        <li key={index}>{fact}</li>
      ))}
    </ul>
  )
}

/**
 * Beside the page on wide screens: what the user has entered so far, step by step, and what comes
 * next. On narrower screens it folds away under the page (a closed <details>). Its frame renders at
 * once with a fixed height, so nothing moves when the data arrives.
 */
export function ProgressSummary() {
  const { t } = useMessages('common', 'summary')
  const wide = useSyncExternalStore(subscribe, isWide, () => true)
  const titleId = useId()
  const session = useQuery(sessionQuery())
  const organizationId = session.data?.organizationId ?? null
  const application = useQuery({
    ...applicationQuery(organizationId ?? ''),
    enabled: organizationId !== null,
  })
  const organizations = useQuery({ ...organizationsQuery(), enabled: organizationId !== null })
  const settings = useQuery(programSettingsQuery())
  const progress = progressOf({ started: hasStarted(), session: session.data, application: application.data })
  const current = stepForPath(useLocation().pathname)
  const organizationName = organizations.data?.organizations.find((o) => o.id === organizationId)?.name
  const next = STEPS.find((step) => !progress.completed.has(step.id) && step.id !== current?.id)

  return (
    <aside className={styles.summary} aria-labelledby={titleId}>
      {/* Remounted when the screen crosses the breakpoint: open beside the page, folded under it. */}
      <details key={String(wide)} open={wide} className={styles.details}>
        <summary className={styles.toggle}>
          <h2 id={titleId} className={styles.title}>
            {t('summary.title')}
          </h2>
        </summary>
        <ol className={styles.steps}>
          {STEPS.map((step) => {
            const done = progress.completed.has(step.id)
            const isCurrent = step.id === current?.id
            const state = isCurrent
              ? 'current'
              : done
                ? 'done'
                : isReachable(step, progress)
                  ? 'available'
                  : 'locked'
            return (
              <li key={step.id} className={styles.step} data-state={state}>
                <span className={styles.stepName}>
                  {t(`common.steps.${step.id}`)}
                  <span className="visually-hidden">{`, ${t(`common.steps.state.${state}`)}`}</span>
                </span>
                {done ? (
                  <Facts
                    step={step.id}
                    application={application.data}
                    userName={session.data?.user.name}
                    organizationName={organizationName}
                  />
                ) : isCurrent || step.id === next?.id ? (
                  <p className={styles.needs}>
                    {t(`summary.needs.${step.id}`, {
                      days: settings.data?.reviewBusinessDays ?? 7,
                    })}
                  </p>
                ) : null}
              </li>
            )
          })}
        </ol>
      </details>
    </aside>
  )
}
