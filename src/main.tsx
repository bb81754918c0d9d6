/**
 * Boot: render at once; when mocking is on, start the mock worker in parallel (API calls wait for
 * it, the first paint does not). A build with mocking off contains no mock code.
 */

import { mockRoutes } from '@mocks/routes'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { setMockReady } from './api/mock-ready'
import { Providers } from './app/providers'
import { createQueryClient } from './app/query-client'
import { createRoutes } from './app/router'
import { setupI18n } from './lib/i18n'
import './styles/global.css'

// Written out each time (not through config): the build drops the branch, and with it every mock
// module, only when the condition is a constant it can see.
if (import.meta.env.VITE_API_MOCKING !== 'off') {
  setMockReady(import('@mocks/browser').then((mocks) => mocks.startMockBackend()))
}

const queryClient = createQueryClient()
// Mock-only routes (the mock identity provider) exist only in a mock build.
const router = createBrowserRouter(
  createRoutes(queryClient, import.meta.env.VITE_API_MOCKING !== 'off' ? mockRoutes : []),
)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root')

// The first paint waits only for the shell's messages in the user's language (a small chunk).
void setupI18n().then(() =>
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <RouterProvider router={router} />
      </Providers>
    </StrictMode>,
  ),
)
