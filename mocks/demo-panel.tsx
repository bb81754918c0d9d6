/**
 * The designers' demo panel (mock-only, started by browser.ts once the worker runs): a small "Demo"
 * toggle in the bottom-left corner that opens switches for the mock backend: start a scenario
 * afresh, slow every answer, make the next call of an endpoint fail. It renders into its own root
 * after the app's, so it is never focused before the page's own content, and follows the page's
 * language (catalog `demo` in mocks/locales; scenario texts from ./scenarios).
 */
import { I18nProvider } from '@lingui/react'
import { type FormEvent, type KeyboardEvent, StrictMode, Suspense, useId, useRef, useState } from 'react'
import { createRoot } from 'react-dom/client'
import { createPath } from 'react-router'
import { type EndpointName, endpoints } from '@/api/contract'
import { i18n, type Language } from '@/lib/i18n'
import { scenarioName } from './db'
// A stylesheet of its own (loaded with this mock-only chunk), never an inline <style>: a strict CSP forbids those.
import './demo-panel.css'
import { DEMO_DECISIONS, type DemoDecision } from './demo-decide'
import { currentLatency } from './http'
import { type MockMessageId, useMockMessages } from './i18n'
import { DEFAULT_SCENARIO, isScenarioName, type ScenarioName, scenarios } from './scenarios'

/** What the panel drives: `window.__mockBackend` in the browser (see browser.ts). */
export type DemoBackend = {
  applyScenario: (name: string) => Promise<void>
  setLatency: (ms: number) => void
  failNext: (endpoint: string, status?: number, times?: number) => void
  /** The partner manager decides the application in review; answers the HTTP status. */
  decide?: (decision: DemoDecision) => Promise<number>
}

/** Class names of demo-panel.css (prefixed: the panel shares the page's stylesheet scope). */
const styles = {
  choice: 'demo-panel-choice',
  choices: 'demo-panel-choices',
  current: 'demo-panel-current',
  description: 'demo-panel-description',
  field: 'demo-panel-field',
  fieldset: 'demo-panel-fieldset',
  group: 'demo-panel-group',
  hint: 'demo-panel-hint',
  label: 'demo-panel-label',
  panel: 'demo-panel-panel',
  primary: 'demo-panel-primary',
  root: 'demo-panel-root',
  row: 'demo-panel-row',
  secondary: 'demo-panel-secondary',
  select: 'demo-panel-select',
  smallLabel: 'demo-panel-small-label',
  status: 'demo-panel-status',
  toggle: 'demo-panel-toggle',
}

export const LATENCIES = [0, 350, 1500, 3000] as const
type Latency = (typeof LATENCIES)[number]
export const FAILURE_STATUSES = [503, 500, 422, 409, 404] as const
const scenarioNames = Object.keys(scenarios) as ScenarioName[]
const endpointNames = Object.keys(endpoints) as EndpointName[]

/**
 * Opens the app afresh at its first page (new page, empty caches) once a scenario is applied.
 * (react-router here also keeps the build's chunks as they were: this mock chunk then shares the
 * app's React + Lingui + router chunk whole instead of splitting it, which would cost the first page.)
 */
function reloadAtStart() {
  window.history.replaceState(null, '', createPath({ pathname: import.meta.env.BASE_URL }))
  window.location.reload()
}

/** A scenario's title or description in the page's language (one source: ./scenarios). */
function scenarioText(language: Language, name: ScenarioName, field: 'title' | 'description'): string {
  return scenarios[name][field][language]
}

type Message = { id: MockMessageId; values: Record<string, unknown> }

export function DemoPanel({
  backend,
  reload = reloadAtStart,
}: {
  backend: DemoBackend
  reload?: () => void
}) {
  const { t, language } = useMockMessages('demo')
  const id = useId()
  const toggle = useRef<HTMLButtonElement>(null)
  const [open, setOpen] = useState(false)
  const current = scenarioName()
  const [scenario, setScenario] = useState<ScenarioName>(isScenarioName(current) ? current : DEFAULT_SCENARIO)
  const [starting, setStarting] = useState(false)
  const [latency, setLatency] = useState(currentLatency)
  const [endpoint, setEndpoint] = useState<EndpointName>(endpointNames[0] ?? 'programSettings')
  const [status, setStatus] = useState<number>(FAILURE_STATUSES[0])
  const [message, setMessage] = useState<Message | null>(null)

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
    setStarting(true)
    try {
      await backend.applyScenario(scenario)
      reload()
    } finally {
      setStarting(false)
    }
  }

  function chooseLatency(ms: Latency) {
    backend.setLatency(ms)
    setLatency(ms)
    setMessage({ id: 'demo.latency.set', values: { delay: t(`demo.latency.${ms}`) } })
  }

  async function decide(decision: DemoDecision) {
    const answered = await backend.decide?.(decision)
    setMessage(
      answered === 200
        ? { id: 'demo.decide.done', values: { decision: t(`demo.decide.${decision}`) } }
        : { id: 'demo.decide.refused', values: {} },
    )
  }

  function injectFailure(event: FormEvent) {
    event.preventDefault()
    backend.failNext(endpoint, status, 1)
    setMessage({ id: 'demo.fail.set', values: { endpoint, status: String(status) } })
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
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t('demo.toggle')}
      </button>
      <div id={`${id}-panel`} className={styles.panel} hidden={!open}>
        <p className={styles.current}>
          {t('demo.current', { name: current ? `${currentTitle} (${current})` : '—' })}
        </p>

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
            {scenarioNames.map((name) => (
              <option key={name} value={name}>
                {scenarioText(language, name, 'title')}
              </option>
            ))}
          </select>
          <p id={`${id}-scenario-description`} className={styles.description}>
            {scenarioText(language, scenario, 'description')}
          </p>
          <p id={`${id}-scenario-hint`} className={styles.hint}>
            {t('demo.scenario.hint')}
          </p>
          <button type="submit" className={styles.primary} disabled={starting}>
            {starting ? t('demo.scenario.starting') : t('demo.scenario.start')}
          </button>
        </form>

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

        <form className={styles.group} onSubmit={injectFailure}>
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
                <label className={styles.smallLabel} htmlFor={`${id}-status`}>
                  {t('demo.fail.status')}
                </label>
                <select
                  id={`${id}-status`}
                  className={styles.select}
                  value={status}
                  onChange={(event) => setStatus(Number(event.target.value))}
                >
                  {FAILURE_STATUSES.map((code) => (
                    <option key={code} value={code}>
                      {code}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <button type="submit" className={styles.secondary}>
              {t('demo.fail.apply')}
            </button>
          </fieldset>
        </form>

        {backend.decide ? (
          <fieldset className={styles.group}>
            <legend className={styles.label}>{t('demo.decide.legend')}</legend>
            <p className={styles.hint}>{t('demo.decide.hint')}</p>
            <div className={styles.choices}>
              {DEMO_DECISIONS.map((decision) => (
                <button
                  key={decision}
                  type="button"
                  className={styles.secondary}
                  onClick={() => void decide(decision)}
                >
                  {t(`demo.decide.${decision}`)}
                </button>
              ))}
            </div>
          </fieldset>
        ) : null}

        <p role="status" className={styles.status}>
          {message ? t(message.id, message.values) : ''}
        </p>
      </div>
    </aside>
  )
}

/** The panel with the app's i18n (it follows the page's language); renders once `demo` is loaded. */
export function DemoPanelRoot(props: { backend: DemoBackend; reload?: () => void }) {
  return (
    <I18nProvider i18n={i18n}>
      <Suspense fallback={null}>
        <DemoPanel {...props} />
      </Suspense>
    </I18nProvider>
  )
}

/** Appends the panel's own root to the end of <body>, after the app's. */
export function mountDemoPanel(backend: DemoBackend): void {
  const host = document.createElement('div')
  host.id = 'mock-demo-panel'
  document.body.append(host)
  createRoot(host).render(
    <StrictMode>
      <DemoPanelRoot backend={backend} />
    </StrictMode>,
  )
}
