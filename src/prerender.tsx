/**
 * Build-time entry (scripts/prerender.ts runs it after the client build, through Vite's SSR build):
 * renders a first page (`/`, `/welcome`, a step's loading state) to HTML in one language with the
 * app's own route table, shell, components and catalogs, as the app renders it signed out before any
 * answer has come. The
 * browser shows this HTML and the entry stylesheet before any script has run; src/main.tsx then
 * replaces it with the same page, rendered once the route and its words are there.
 */
import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router'
import { Providers } from './app/providers'
import { createQueryClient } from './app/query-client'
import { createRoutes, preloadStepLoading, preloadStepWords } from './app/router'
import { loadProgressSummary } from './app/shell/lazy-summary'
import { stepForPath } from './app/steps'
import { type Language, messagesRequested, setupI18n } from './lib/i18n'

/** `path` is the route's path under Vite's base (`/`, `/welcome`, `/application`). */
export async function renderPage(path: string, language: Language): Promise<string> {
  await setupI18n(language)
  const queryClient = createQueryClient()
  const handler = createStaticHandler(createRoutes(queryClient), { basename: import.meta.env.BASE_URL })
  const base = import.meta.env.BASE_URL.replace(/\/$/, '')
  // A step after the first waits for the visitor's data (its guard asks for the session): its page is
  // its loading state (the route's HydrateFallback: the frame, the step's intro, "Loading…"), so no
  // loader runs; the intro's code, the summary beside it and the step's words are there before the
  // render.
  const step = stepForPath(path)
  const waiting = step !== undefined && step.id !== 'welcome'
  if (waiting) await Promise.all([preloadStepWords(step.id), preloadStepLoading(), loadProgressSummary()])
  const context = await handler.query(
    new Request(`http://localhost${base}${path}`),
    waiting ? { filterMatchesToLoad: () => false } : {},
  )
  if (context instanceof Response) throw new Error(`prerender: ${path} answered ${context.status}`)
  if (context.errors) throw new Error(`prerender: ${path} failed: ${JSON.stringify(context.errors)}`)
  // The route's loader asked for its words (router.tsx, STEP_WORDS): the page renders with them.
  await messagesRequested()
  const router = createStaticRouter(handler.dataRoutes, context)
  const html = renderToString(
    <StrictMode>
      <Providers queryClient={queryClient}>
        {/* No hydration data: it would be an inline script, which the CSP refuses. */}
        <StaticRouterProvider router={router} context={context} hydrate={false} />
      </Providers>
    </StrictMode>,
  )
  queryClient.clear()
  return html
}
