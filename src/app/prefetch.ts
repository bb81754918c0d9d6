/**
 * While the user fills in a page, the code of the page that comes next is fetched, so that the
 * click on the page's main button waits only for data (the route's loader), never for code.
 */
import { useEffect } from 'react'
import type { StepId } from '@/api/contract'
import { type Namespace, preloadMessages } from '@/lib/i18n'
import { stepForPath } from './steps'

/** The route modules a step leads to next (the same imports as the route table's `lazy`), and their words. */
const NEXT: Record<StepId, { code: () => Promise<unknown>[]; words: Namespace[] }> = {
  welcome: {
    code: () => [import('./routes/welcome'), import('./routes/sign-in')],
    words: ['welcome', 'signIn'],
  },
  'sign-in': {
    // The account menu joins the header once signed in.
    code: () => [import('./routes/application'), import('./shell/account-menu')],
    words: ['forms', 'application'],
  },
  application: { code: () => [import('./routes/partnership')], words: ['forms', 'partnership'] },
  partnership: { code: () => [import('./routes/billing')], words: ['forms', 'billing'] },
  billing: { code: () => [import('./routes/confirmation')], words: ['forms', 'status'] },
  confirmation: { code: () => [import('./routes/partner')], words: [] },
  partner: { code: () => [], words: [] },
}

function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(run, { timeout: 2000 })
    return () => window.cancelIdleCallback(handle)
  }
  const handle = window.setTimeout(run, 200)
  return () => window.clearTimeout(handle)
}

/** Fetches the next step's code once the current page is idle. */
export function usePrefetchNextStep(pathname: string): void {
  const step = stepForPath(pathname)?.id
  useEffect(() => {
    if (!step) return
    return whenIdle(() => {
      // A failed prefetch is no failure: the navigation loads the code again and says so if it must.
      const next = NEXT[step]
      for (const load of [...next.code(), preloadMessages(...next.words)]) load.catch(() => undefined)
    })
  }, [step])
}
