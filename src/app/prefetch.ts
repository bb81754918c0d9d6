/**
 * While the user fills in a page, the code of the page that comes next is fetched, so that the
 * click on the page's main button waits only for data (the route's loader), never for code.
 */
import type { StepId } from '@/api/contract'
import { loadContract } from '@/api/load-contract'
import { type Namespace, preloadMessages } from '@/lib/i18n'
import { warmMediaControls } from '@/lib/warm-media-controls'
import { preloadAccountMenu } from './shell/header'
import { loadProgressSummary } from './shell/lazy-summary'
import { stepForPath } from './steps'

/**
 * What a step's main button leads to: loaders of its route modules and their words, and what the
 * browser can prepare for that page (last: after the code and words, once the user is at work on
 * the current page).
 */
type Plan = { code: (() => Promise<unknown>)[]; words: Namespace[]; prepare?: () => void }

/** The route modules a step leads to next (the same imports as the route table's `lazy`), and their words. */
const NEXT: Record<StepId, Plan> = {
  welcome: {
    // Sign-in is the first page with the progress summary beside it (its code and words). What it
    // shares with the later steps (the whole contract, itself in two: src/api/load-contract.ts; the
    // form parts) comes first, each piece in an idle period of its own: sign-in's import alone started ~25 requests in one idle callback (33 ms
    // under Lighthouse, whose network log records each one's initiator), and evaluated the contract,
    // the form parts and the page in one task.
    code: [
      () => import('./routes/welcome'),
      loadContract,
      () => import('@/api/call'),
      () => import('@/components/form/use-page-form'),
      () => import('./routes/sign-in'),
      loadProgressSummary,
    ],
    words: ['welcome', 'signIn'],
  },
  'sign-in': {
    // The account menu joins the header once signed in.
    code: [() => import('./routes/application'), preloadAccountMenu],
    words: ['forms', 'application'],
  },
  application: {
    code: [() => import('./routes/partnership')],
    words: ['forms', 'partnership'],
    // The partnership page opens with the information video: the browser's first video controls
    // are built here while idle (12–18 ms), not while that page is drawn.
    prepare: warmMediaControls,
  },
  partnership: { code: [() => import('./routes/billing')], words: ['forms', 'billing'] },
  billing: { code: [() => import('./routes/confirmation')], words: ['forms', 'status'] },
  confirmation: { code: [() => import('./routes/partner')], words: [] },
  partner: { code: [], words: [] },
}

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 2000 })
    return () => window.cancelIdleCallback(handle)
  }
  const handle = window.setTimeout(run, 200)
  return () => window.clearTimeout(handle)
}

/**
 * The program page (`/`, part of step 1) leads to step 1's own page, small; that page fetches what
 * comes after it. Fetching sign-in's code from `/` too ran its forms' modules on the first page for
 * a click two pages away (main-thread work after the first paint: Lighthouse's blocking time).
 */
const FROM_PROGRAM_PAGE: Plan = {
  code: [() => import('./routes/welcome')],
  words: ['welcome'],
}

/** What a page fetches once idle: the code and words of the page its main button leads to. */
export function prefetchPlan(pathname: string): Plan | null {
  if (pathname === '/') return FROM_PROGRAM_PAGE
  const step = stepForPath(pathname)?.id
  return step ? NEXT[step] : null
}

/**
 * Fetches the next step's code once the current page is idle; returns the cancel. The shell loads
 * this module after the first paint (`usePrefetchNextStep` in ./shell/layout), so the plan's table
 * is not in the first page's code either.
 */
export function prefetchNextStep(pathname: string): () => void {
  const plan = prefetchPlan(pathname)
  if (!plan) return () => undefined
  // Each piece starts in an idle period of its own: all of `/welcome`'s pieces at once were one task
  // of 30–301 ms (median 132) at CPU ×4 (5 traces of its load), long enough to hold a tap. The imports
  // written here append no <link rel=modulepreload> (`resolveDependencies` in vite.config.ts: up to
  // ~30 links per piece, 35–75 ms under Lighthouse); the module loader fetches their imports as it
  // finds them. A browser that is never idle runs each piece at its idle timeout: the click then loads
  // what is missing itself.
  const pieces = [...plan.code, () => preloadMessages(...plan.words)]
  let cancel: () => void = () => undefined
  let stopped = false
  // What the next page's browser work needs (plan.prepare) waits for the user's first input on this
  // page as well: until then the page is loading or being read, and a warm-up then was one more task
  // of 24–65 ms on the application page's load in Lighthouse's traces (its first layout forced while
  // the page's own style was pending). After a key, a tap or a typed character it runs in the next
  // idle period; after a click straight on the main button it runs while the next page's data loads,
  // if the browser is idle before that page replaces this one (else that page pays it, as before).
  const { prepare } = plan
  const inUse = prepare ? afterFirstInput() : null
  const start = (index: number) => {
    if (stopped) return
    const piece = pieces[index]
    if (!piece) {
      if (prepare && inUse)
        void inUse.first.then(() => {
          if (!stopped) cancel = whenIdle(prepare)
        })
      return
    }
    cancel = whenIdle(() => {
      // A failed prefetch is no failure: the navigation loads the code again and says so if it must.
      piece().catch(() => undefined)
      start(index + 1)
    })
  }
  start(0)
  return () => {
    stopped = true
    cancel()
    inUse?.stop()
  }
}

/** The user's first key, pointer press or input on the page from now on (capture: before any handler). */
function afterFirstInput(): { first: Promise<void>; stop: () => void } {
  const events = ['keydown', 'pointerdown', 'input'] as const
  let seen: () => void = () => undefined
  const stop = () => {
    for (const type of events) document.removeEventListener(type, seen, true)
  }
  const first = new Promise<void>((resolve) => {
    seen = () => {
      stop()
      resolve()
    }
  })
  for (const type of events) document.addEventListener(type, seen, { capture: true, passive: true })
  return { first, stop }
}
