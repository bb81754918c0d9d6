/**
 * The designers' demo panel (mock-only, started by browser.ts once the worker runs): a small "Demo"
 * toggle at the end of the page that opens the switches of the mock backend: start any scenario
 * afresh (grouped by step), decide the application in review, finish the billing check, move the
 * review clock forward, set the answer delay, make requests fail (a server error, a timeout or no
 * connection; the next one or every one) and reset all demo data. It renders into its own root
 * after the app's, so it is never focused before the page's own content, and follows the page's
 * language (catalog `demo` in mocks/locales; scenario texts from ./scenarios, their one source).
 */
import { I18nProvider } from '@lingui/react'
import {
  type FormEvent,
  type KeyboardEvent,
  StrictMode,
  Suspense,
  startTransition,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react'
import { createRoot } from 'react-dom/client'
import { createPath } from 'react-router'
import {
  type DecideApplicationRequest,
  type EndpointName,
  endpoints,
  REQUESTABLE_FIELDS,
  type RejectionReason,
  RejectionReason as RejectionReasons,
  type RequestableField,
} from '@/api/contract'
import { formatDate } from '@/lib/format'
import { i18n, type Language } from '@/lib/i18n'
import { FIELD_LABEL } from '@/lib/requestable-field-labels'
import { scenarioName } from './db'
// The panel's own stylesheet, loaded with this mock-only chunk (the page's CSP allows stylesheets from 'self' only).
import './demo-panel.css'
import type { DemoBackend } from './demo-backend'
import { DECISION_BODIES, DEMO_DECISIONS, type DemoDecision } from './demo-decide'
import { DemoShare } from './demo-share'
import { currentLatency, type Fault, type FaultKind } from './http'
import { type MockMessageId, useMockMessages } from './i18n'
import { DEFAULT_SCENARIO, isScenarioName, SCENARIO_GROUPS, type ScenarioName, scenarios } from './scenarios'

export type { DemoBackend } from './demo-backend'

/** Class names of demo-panel.css (prefixed: the panel shares the page's stylesheet scope). */
const styles = {
  check: 'demo-panel-check',
  choice: 'demo-panel-choice',
  choices: 'demo-panel-choices',
  current: 'demo-panel-current',
  description: 'demo-panel-description',
  field: 'demo-panel-field',
  fieldset: 'demo-panel-fieldset',
  group: 'demo-panel-group',
  heading: 'demo-panel-heading',
  hint: 'demo-panel-hint',
  input: 'demo-panel-input',
  label: 'demo-panel-label',
  list: 'demo-panel-list',
  panel: 'demo-panel-panel',
  primary: 'demo-panel-primary',
  root: 'demo-panel-root',
  row: 'demo-panel-row',
  secondary: 'demo-panel-secondary',
  section: 'demo-panel-section',
  select: 'demo-panel-select',
  smallLabel: 'demo-panel-small-label',
  status: 'demo-panel-status',
  textarea: 'demo-panel-textarea',
  toggle: 'demo-panel-toggle',
}

export const LATENCIES = [0, 350, 3000] as const
type Latency = (typeof LATENCIES)[number]
/** What an injected fault does: a server error status, no answer in time, or no connection. */
export const FAULTS = ['503', '500', 'timeout', 'offline'] as const
type FaultChoice = (typeof FAULTS)[number]
const endpointNames = Object.keys(endpoints) as EndpointName[]
const REASONS = RejectionReasons.options

/** Remembered across the reload a review action causes, so the panel stays open and says what it did. */
const PANEL_STATE_KEY = 'partner-onboarding.demo-panel'

/**
 * The app's own mark that step 1 was read (src/app/progress.ts, STARTED_KEY; the mock layer may not
 * import the app). A scenario that opens past step 1 sets it, as a visitor who read it would have.
 */
const STARTED_KEY = 'partner-onboarding.started'

function markStepOneRead(name: ScenarioName): void {
  if (!('start' in scenarios[name])) return
  try {
    window.localStorage.setItem(STARTED_KEY, '1')
  } catch {
    // Storage blocked: the app opens at step 1 instead.
  }
}

/** The path to open a scenario at, under the build's base path. */
function startPath(name: ScenarioName): string {
  const scenario = scenarios[name]
  const base = import.meta.env.BASE_URL.replace(/\/$/, '')
  return `${base}${'start' in scenario ? scenario.start : '/'}`
}

/**
 * Opens the app afresh (new page, empty caches) at a path once a scenario is applied.
 * (react-router here also keeps the build's chunks as they were: this mock chunk then shares the
 * app's React + Lingui + router chunk whole instead of splitting it, which would cost the first page.)
 */
function reloadAt(pathname: string) {
  window.history.replaceState(null, '', createPath({ pathname }))
  window.location.reload()
}

/** A scenario's title or description in the page's language (one source: ./scenarios). */
function scenarioText(language: Language, name: ScenarioName, field: 'title' | 'description'): string {
  return scenarios[name][field][language]
}

type Message = { id: MockMessageId; values: Record<string, unknown> }
type PanelState = { open: boolean; message: Message | null }

/** Read without side effects: a first render that suspends (catalogs loading) runs this again. */
function readPanelState(): PanelState | null {
  try {
    const raw = window.sessionStorage.getItem(PANEL_STATE_KEY)
    return raw ? (JSON.parse(raw) as PanelState) : null
  } catch {
    return null
  }
}

function forgetPanelState(): void {
  try {
    window.sessionStorage.removeItem(PANEL_STATE_KEY)
  } catch {
    // Storage blocked: nothing was kept.
  }
}

function keepPanelState(state: PanelState): void {
  try {
    window.sessionStorage.setItem(PANEL_STATE_KEY, JSON.stringify(state))
  } catch {
    // Storage blocked: the panel opens closed after the reload, nothing else is lost.
  }
}

export function DemoPanel({
  backend,
  reload = reloadAt,
  refresh = () => window.location.reload(),
}: {
  backend: DemoBackend
  /** Opens the app afresh at a path (after Start and Reset). */
  reload?: (pathname: string) => void
  /** Reloads the page where it is, so it shows what a review action changed. */
  refresh?: () => void
}) {
  const { t, language } = useMockMessages('demo', 'status')
  const id = useId()
  const toggle = useRef<HTMLButtonElement>(null)
  const [restored] = useState(readPanelState)
  // Once shown (mounted, not merely rendered), the kept state is used up.
  useEffect(forgetPanelState, [])
  const [open, setOpen] = useState(restored?.open ?? false)
  // The panel's sections are rendered once it is first opened (then kept, with what was chosen in
  // them): until then the page carries only its button, a much smaller first render.
  const [everOpened, setEverOpened] = useState(open)
  const current = scenarioName()
  const [scenario, setScenario] = useState<ScenarioName>(isScenarioName(current) ? current : DEFAULT_SCENARIO)
  const [busy, setBusy] = useState(false)
  const [latency, setLatency] = useState(currentLatency)
  const [endpoint, setEndpoint] = useState<EndpointName>(
    endpointNames.includes('submitApplication')
      ? 'submitApplication'
      : (endpointNames[0] ?? 'programSettings'),
  )
  const [fault, setFault] = useState<FaultChoice>('503')
  const [every, setEvery] = useState(false)
  const [faults, setFaults] = useState<[EndpointName, Fault][]>(() => backend.faults())
  const [decision, setDecision] = useState<DemoDecision>('approve')
  const requestBody = DECISION_BODIES['request-information']
  const [managerMessage, setManagerMessage] = useState(
    requestBody.action === 'request-information' ? requestBody.message : '',
  )
  const [fields, setFields] = useState<RequestableField[]>(
    requestBody.action === 'request-information' ? requestBody.fields : [],
  )
  const [reasons, setReasons] = useState<RejectionReason[]>(['requirements-not-met'])
  const [note, setNote] = useState('')
  const [days, setDays] = useState('7')
  // The mock clock's date in Moscow: its first Intl.DateTimeFormat with a time zone costs 30 ms of main
  // thread (120 ms at CPU ×4), so it is read when the panel opens (the toggle reads it again), not on
  // every page's first render.
  const [today, setToday] = useState(() => (open ? backend.today() : ''))
  const [message, setMessage] = useState<Message | null>(restored?.message ?? null)

  function close() {
    setOpen(false)
    toggle.current?.focus()
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      event.preventDefault()
      close()
    }
  }

  async function start(event: FormEvent) {
    event.preventDefault()
    setBusy(true)
    try {
      await backend.applyScenario(scenario)
      markStepOneRead(scenario)
      reload(startPath(scenario))
    } finally {
      setBusy(false)
    }
  }

  /** Says what was done and reloads the page in place, the panel open, so the page shows it at once. */
  function doneThenRefresh(done: Message) {
    setMessage(done)
    keepPanelState({ open: true, message: done })
    refresh()
  }

  function chooseLatency(ms: Latency) {
    backend.setLatency(ms)
    setLatency(ms)
    setMessage({ id: 'demo.latency.set', values: { delay: t(`demo.latency.${ms}`) } })
  }

  function decisionBody(): DecideApplicationRequest | null {
    if (decision === 'approve') return { action: 'approve' }
    if (decision === 'request-information')
      return managerMessage.trim() && fields.length > 0
        ? { action: 'request-information', message: managerMessage.trim(), fields }
        : null
    return reasons.length > 0 ? { action: 'reject', reasons, note: note.trim() } : null
  }

  async function decide(event: FormEvent) {
    event.preventDefault()
    const body = decisionBody()
    if (!body) {
      setMessage({ id: 'demo.decide.incomplete', values: {} })
      return
    }
    setBusy(true)
    try {
      const answered = await backend.decide(body)
      if (answered === 200)
        doneThenRefresh({ id: 'demo.decide.done', values: { decision: t(`demo.decide.${decision}`) } })
      else
        setMessage({
          id: 'demo.decide.refused',
          values: { scenario: scenarioText(language, 'in-review', 'title') },
        })
    } finally {
      setBusy(false)
    }
  }

  async function completeVerification() {
    setBusy(true)
    try {
      const answered = await backend.completeVerification()
      if (answered === 200) doneThenRefresh({ id: 'demo.verify.done', values: {} })
      else setMessage({ id: 'demo.verify.none', values: {} })
    } finally {
      setBusy(false)
    }
  }

  async function moveClock(event: FormEvent) {
    event.preventDefault()
    const count = Math.min(100, Math.max(1, Math.round(Number(days) || 1)))
    setBusy(true)
    try {
      const date = await backend.advanceClock(count)
      setToday(date)
      doneThenRefresh({ id: 'demo.clock.moved', values: { date: formatDate(date) } })
    } finally {
      setBusy(false)
    }
  }

  async function resetClock() {
    setBusy(true)
    try {
      await backend.resetClock()
      const date = backend.today()
      setToday(date)
      doneThenRefresh({ id: 'demo.clock.moved', values: { date: formatDate(date) } })
    } finally {
      setBusy(false)
    }
  }

  function faultWords(kind: FaultKind, status: number): string {
    return kind === 'status'
      ? t(`demo.fail.kind.${status === 500 ? '500' : '503'}`)
      : t(`demo.fail.kind.${kind}`)
  }

  function injectFault(event: FormEvent) {
    event.preventDefault()
    const kind: FaultKind = fault === 'timeout' || fault === 'offline' ? fault : 'status'
    const status = kind === 'status' ? Number(fault) : 503
    backend.injectFault(endpoint, kind, { status, times: every ? 'every' : 1 })
    setFaults(backend.faults())
    setMessage({ id: 'demo.fail.set', values: { endpoint, fault: faultWords(kind, status) } })
  }

  function clearFaults() {
    backend.clearFaults()
    setFaults(backend.faults())
    setMessage({ id: 'demo.fail.cleared', values: {} })
  }

  async function endSession() {
    setBusy(true)
    try {
      await backend.endSession()
      setMessage({ id: 'demo.session.ended', values: {} })
    } finally {
      setBusy(false)
    }
  }

  async function resetAll() {
    setBusy(true)
    try {
      await backend.resetAll()
      reload(startPath(DEFAULT_SCENARIO))
    } finally {
      setBusy(false)
    }
  }

  function toggleIn<T>(list: T[], item: T, on: boolean): T[] {
    return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item)
  }

  const currentTitle = isScenarioName(current) ? scenarioText(language, current, 'title') : current
  return (
    <aside className={styles.root} aria-label={t('demo.label')} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        onClick={() => {
          if (open) close()
          else {
            setFaults(backend.faults())
            setToday(backend.today())
            setOpen(true)
            setEverOpened(true)
          }
        }}
      >
        {t('demo.toggle')}
      </button>
      <div id={`${id}-panel`} className={styles.panel} hidden={!open}>
        {everOpened && (
          <>
            <p className={styles.current}>
              {t('demo.current', { name: current ? `${currentTitle} (${current})` : '—' })}
            </p>

            <section className={styles.section} aria-labelledby={`${id}-scenario-heading`}>
              <h2 id={`${id}-scenario-heading`} className={styles.heading}>
                {t('demo.scenario.heading')}
              </h2>
              <form className={styles.group} onSubmit={start}>
                <label className={styles.label} htmlFor={`${id}-scenario`}>
                  {t('demo.scenario.label')}
                </label>
                <select
                  id={`${id}-scenario`}
                  className={styles.select}
                  value={scenario}
                  aria-describedby={`${id}-scenario-description ${id}-scenario-hint`}
                  onChange={(event) => {
                    if (isScenarioName(event.target.value)) setScenario(event.target.value)
                  }}
                >
                  {SCENARIO_GROUPS.map((group) => (
                    <optgroup key={group} label={t(`demo.group.${group}`)}>
                      {(Object.keys(scenarios) as ScenarioName[])
                        .filter((name) => scenarios[name].group === group)
                        .map((name) => (
                          <option key={name} value={name}>
                            {scenarioText(language, name, 'title')}
                          </option>
                        ))}
                    </optgroup>
                  ))}
                </select>
                <p id={`${id}-scenario-description`} className={styles.description}>
                  {scenarioText(language, scenario, 'description')}
                </p>
                <p id={`${id}-scenario-hint`} className={styles.hint}>
                  {t('demo.scenario.hint')}
                </p>
                <button type="submit" className={styles.primary} disabled={busy}>
                  {busy ? t('demo.scenario.starting') : t('demo.scenario.start')}
                </button>
              </form>
            </section>

            <section className={styles.section} aria-labelledby={`${id}-review-heading`}>
              <h2 id={`${id}-review-heading`} className={styles.heading}>
                {t('demo.review.heading')}
              </h2>
              <form className={styles.group} onSubmit={decide}>
                <fieldset className={styles.fieldset}>
                  <legend className={styles.label}>{t('demo.decide.legend')}</legend>
                  <p className={styles.hint}>{t('demo.decide.hint')}</p>
                  <div className={styles.choices}>
                    {DEMO_DECISIONS.map((option) => (
                      <label key={option} className={styles.choice}>
                        <input
                          type="radio"
                          name={`${id}-decision`}
                          value={option}
                          checked={decision === option}
                          onChange={() => setDecision(option)}
                        />
                        {t(`demo.decide.${option}`)}
                      </label>
                    ))}
                  </div>
                </fieldset>
                {decision === 'request-information' ? (
                  <>
                    <div className={styles.field}>
                      <label className={styles.smallLabel} htmlFor={`${id}-message`}>
                        {t('demo.decide.message')}
                      </label>
                      <textarea
                        id={`${id}-message`}
                        className={styles.textarea}
                        rows={3}
                        maxLength={2000}
                        value={managerMessage}
                        onChange={(event) => setManagerMessage(event.target.value)}
                      />
                    </div>
                    <fieldset className={styles.fieldset}>
                      <legend className={styles.smallLabel}>{t('demo.decide.fields')}</legend>
                      <div className={styles.list}>
                        {REQUESTABLE_FIELDS.map((field) => (
                          <label key={field} className={styles.check}>
                            <input
                              type="checkbox"
                              checked={fields.includes(field)}
                              onChange={(event) => setFields(toggleIn(fields, field, event.target.checked))}
                            />
                            {t(FIELD_LABEL[field])}
                          </label>
                        ))}
                      </div>
                    </fieldset>
                  </>
                ) : null}
                {decision === 'reject' ? (
                  <>
                    <fieldset className={styles.fieldset}>
                      <legend className={styles.smallLabel}>{t('demo.decide.reasons')}</legend>
                      <div className={styles.list}>
                        {REASONS.map((reason) => (
                          <label key={reason} className={styles.check}>
                            <input
                              type="checkbox"
                              checked={reasons.includes(reason)}
                              onChange={(event) =>
                                setReasons(toggleIn(reasons, reason, event.target.checked))
                              }
                            />
                            {t(`demo.reason.${reason}`)}
                          </label>
                        ))}
                      </div>
                    </fieldset>
                    <div className={styles.field}>
                      <label className={styles.smallLabel} htmlFor={`${id}-note`}>
                        {t('demo.decide.note')}
                      </label>
                      <textarea
                        id={`${id}-note`}
                        className={styles.textarea}
                        rows={2}
                        maxLength={2000}
                        value={note}
                        onChange={(event) => setNote(event.target.value)}
                      />
                    </div>
                  </>
                ) : null}
                <button type="submit" className={styles.secondary} disabled={busy}>
                  {t('demo.decide.send')}
                </button>
              </form>

              <div className={styles.group}>
                <button
                  type="button"
                  className={styles.secondary}
                  disabled={busy}
                  onClick={() => void completeVerification()}
                >
                  {t('demo.verify.button')}
                </button>
              </div>

              <form className={styles.group} onSubmit={moveClock}>
                <fieldset className={styles.fieldset}>
                  <legend className={styles.label}>{t('demo.clock.legend')}</legend>
                  <p>{t('demo.clock.today', { date: formatDate(today) })}</p>
                  <p className={styles.hint}>{t('demo.clock.hint')}</p>
                  <div className={styles.row}>
                    <div className={styles.field}>
                      <label className={styles.smallLabel} htmlFor={`${id}-days`}>
                        {t('demo.clock.days')}
                      </label>
                      <input
                        id={`${id}-days`}
                        className={styles.input}
                        type="number"
                        inputMode="numeric"
                        min={1}
                        max={100}
                        value={days}
                        onChange={(event) => setDays(event.target.value)}
                      />
                    </div>
                    <button type="submit" className={styles.secondary} disabled={busy}>
                      {t('demo.clock.forward')}
                    </button>
                    <button
                      type="button"
                      className={styles.secondary}
                      disabled={busy}
                      onClick={() => void resetClock()}
                    >
                      {t('demo.clock.reset')}
                    </button>
                  </div>
                </fieldset>
              </form>
            </section>

            <section className={styles.section} aria-labelledby={`${id}-network-heading`}>
              <h2 id={`${id}-network-heading`} className={styles.heading}>
                {t('demo.network.heading')}
              </h2>
              <fieldset className={styles.group}>
                <legend className={styles.label}>{t('demo.latency.legend')}</legend>
                <div className={styles.choices}>
                  {LATENCIES.map((ms) => (
                    <label key={ms} className={styles.choice}>
                      <input
                        type="radio"
                        name={`${id}-latency`}
                        value={ms}
                        checked={latency === ms}
                        onChange={() => chooseLatency(ms)}
                      />
                      {t(`demo.latency.${ms}`)}
                    </label>
                  ))}
                </div>
              </fieldset>

              <form className={styles.group} onSubmit={injectFault}>
                <fieldset className={styles.fieldset}>
                  <legend className={styles.label}>{t('demo.fail.legend')}</legend>
                  <div className={styles.row}>
                    <div className={styles.field}>
                      <label className={styles.smallLabel} htmlFor={`${id}-endpoint`}>
                        {t('demo.fail.endpoint')}
                      </label>
                      <select
                        id={`${id}-endpoint`}
                        className={styles.select}
                        value={endpoint}
                        onChange={(event) => setEndpoint(event.target.value as EndpointName)}
                      >
                        {endpointNames.map((name) => (
                          <option key={name} value={name}>
                            {name}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div className={styles.field}>
                      <label className={styles.smallLabel} htmlFor={`${id}-fault`}>
                        {t('demo.fail.kind')}
                      </label>
                      <select
                        id={`${id}-fault`}
                        className={styles.select}
                        value={fault}
                        onChange={(event) => setFault(event.target.value as FaultChoice)}
                      >
                        {FAULTS.map((choice) => (
                          <option key={choice} value={choice}>
                            {t(`demo.fail.kind.${choice}`)}
                          </option>
                        ))}
                      </select>
                    </div>
                  </div>
                  <fieldset className={styles.fieldset}>
                    <legend className={styles.smallLabel}>{t('demo.fail.scope')}</legend>
                    <div className={styles.choices}>
                      <label className={styles.choice}>
                        <input
                          type="radio"
                          name={`${id}-scope`}
                          checked={!every}
                          onChange={() => setEvery(false)}
                        />
                        {t('demo.fail.scope.next')}
                      </label>
                      <label className={styles.choice}>
                        <input
                          type="radio"
                          name={`${id}-scope`}
                          checked={every}
                          onChange={() => setEvery(true)}
                        />
                        {t('demo.fail.scope.every')}
                      </label>
                    </div>
                  </fieldset>
                  <button type="submit" className={styles.secondary}>
                    {t('demo.fail.apply')}
                  </button>
                </fieldset>
              </form>

              <div className={styles.group}>
                <h3 id={`${id}-faults-heading`} className={styles.label}>
                  {t('demo.fail.active')}
                </h3>
                {faults.length === 0 ? (
                  <p>{t('demo.fail.none')}</p>
                ) : (
                  <ul className={styles.list} aria-labelledby={`${id}-faults-heading`}>
                    {faults.map(([name, item]) => (
                      <li key={name}>
                        {Number.isFinite(item.times)
                          ? t('demo.fail.next', {
                              endpoint: name,
                              fault: faultWords(item.kind, item.status),
                              count: item.times,
                            })
                          : t('demo.fail.every', {
                              endpoint: name,
                              fault: faultWords(item.kind, item.status),
                            })}
                      </li>
                    ))}
                  </ul>
                )}
                <button type="button" className={styles.secondary} onClick={clearFaults}>
                  {t('demo.fail.clear')}
                </button>
              </div>
            </section>

            <section className={styles.section} aria-labelledby={`${id}-session-heading`}>
              <h2 id={`${id}-session-heading`} className={styles.heading}>
                {t('demo.session.heading')}
              </h2>
              <div className={styles.group}>
                <p id={`${id}-session-hint`} className={styles.hint}>
                  {t('demo.session.hint')}
                </p>
                <button
                  type="button"
                  className={styles.secondary}
                  aria-describedby={`${id}-session-hint`}
                  disabled={busy}
                  onClick={() => void endSession()}
                >
                  {t('demo.session.end')}
                </button>
              </div>
            </section>

            <section className={styles.section} aria-labelledby={`${id}-reset-heading`}>
              <h2 id={`${id}-reset-heading`} className={styles.heading}>
                {t('demo.reset.heading')}
              </h2>
              <div className={styles.group}>
                <p id={`${id}-reset-hint`} className={styles.hint}>
                  {t('demo.reset.hint')}
                </p>
                <button
                  type="button"
                  className={styles.secondary}
                  aria-describedby={`${id}-reset-hint`}
                  disabled={busy}
                  onClick={() => void resetAll()}
                >
                  {t('demo.reset.button')}
                </button>
              </div>
            </section>

            <DemoShare />
          </>
        )}

        <p role="status" className={styles.status}>
          {message ? t(message.id, message.values) : ''}
        </p>
      </div>
    </aside>
  )
}

/** The panel with the app's i18n (it follows the page's language); renders once `demo` is loaded. */
export function DemoPanelRoot(props: {
  backend: DemoBackend
  reload?: (pathname: string) => void
  refresh?: () => void
}) {
  return (
    <I18nProvider i18n={i18n}>
      <Suspense fallback={null}>
        <DemoPanel {...props} />
      </Suspense>
    </I18nProvider>
  )
}

/**
 * Appends the panel's own root to the end of <body>, after the app's. Its first render is a
 * transition: React renders it in slices of a few milliseconds between the page's own tasks
 * (input and the page's updates go first) instead of one long task.
 */
export function mountDemoPanel(backend: DemoBackend): void {
  const host = document.createElement('div')
  host.id = 'mock-demo-panel'
  document.body.append(host)
  const root = createRoot(host)
  startTransition(() => {
    root.render(
      <StrictMode>
        <DemoPanelRoot backend={backend} />
      </StrictMode>,
    )
  })
}
