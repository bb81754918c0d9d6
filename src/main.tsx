/**
 * Boot: render at once; when mocking is on, the mock worker starts on the first API call or once
 * the first page has painted, whichever comes first (API calls wait for it; the first page never
 * does, nor shares the network with it). A build with mocking off contains no mock code.
 */

import { mockRoutes } from '@mocks/routes'
import { StrictMode, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
import { mockReady, setMockStart } from './api/mock-ready'
import { AppRouter } from './app/app-router'
import { Providers } from './app/providers'
import { createQueryClient } from './app/query-client'
import { createRoutes } from './app/router'
import { messagesRequested, setupI18n } from './lib/i18n'
import './styles/global.css'

// Written out each time (not through config): the build drops the branch, and with it every mock
// module, only when the condition is a constant it can see.
if (import.meta.env.VITE_API_MOCKING !== 'off') {
  // The address the app opened at, read now: a demo link's `?scenario=` or `#demo=` is the mock
  // backend's, which starts after the first paint, and a link followed before that changes the address.
  const opened = { search: window.location.search, hash: window.location.hash }
  setMockStart(() => import('@mocks/browser').then((mocks) => mocks.startMockBackend(opened)))
}

const queryClient = createQueryClient()

/**
 * The router runs the first route's loaders and starts its code as it is created, so it is created
 * once the words are there (a later task), not while this module is evaluated: on a link to a step,
 * the two were one task of ~40 ms unthrottled (×4 on a slow phone: Lighthouse's blocking time).
 */
function createRouter() {
  return createBrowserRouter(
    // Mock-only routes (the mock identity provider) exist only in a mock build.
    createRoutes(queryClient, import.meta.env.VITE_API_MOCKING !== 'off' ? mockRoutes : []),
    // Vite's `base` (`/`, or `/demo/` for a build served under a sub-path): every route and link follows it.
    { basename: import.meta.env.BASE_URL },
  )
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

/**
 * On a page prerendered in the HTML (scripts/prerender.ts: `/` and `/welcome`), React's first commit
 * replaces it, so it must be the same page: it waits for the route (its code and loader) and the
 * words it asked for. (The language script keeps the keyboard's focus on the same element.)
 */
async function prerenderedPageReady(router: ReturnType<typeof createRouter>): Promise<void> {
  await new Promise<void>((resolve) => {
    if (router.state.initialized) resolve()
    else router.subscribe((state) => (state.initialized ? resolve() : undefined))
  })
  await messagesRequested()
}

// The first paint waits only for the shell's messages in the user's language (a small chunk); on a
// prerendered page it needs no script at all.
void setupI18n().then(async () => {
  const router = createRouter()
  const app = (
    <StrictMode>
      <Providers queryClient={queryClient}>
        <AppRouter router={router} />
      </Providers>
    </StrictMode>
  )
  // The language script leaves `data-first-page` on <html> only where the HTML's page is this one.
  const reactRoot = createRoot(root)
  if (document.documentElement.hasAttribute('data-first-page')) {
    await prerenderedPageReady(router)
    // The HTML's page stays on screen until React's copy replaces it, so React may build that copy
    // in slices (a transition yields to the browser every few ms) rather than in one long task
    // that would hold up a click on the page (Lighthouse's total blocking time).
    startTransition(() => reactRoot.render(app))
  } else reactRoot.render(app)
  // The demo panel and a `?scenario=` link need the mock layer even on a page that calls no API.
  // It starts right after the first paint (mockReady waits for it: src/api/after-paint.ts), unless
  // an API call started it already.
  if (import.meta.env.VITE_API_MOCKING !== 'off') void mockReady()
})
