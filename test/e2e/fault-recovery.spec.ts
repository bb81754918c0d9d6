/**
 * Faults on a mutation the component suite (src/app/fault-recovery.test.tsx) cannot show as a
 * browser meets them: signing out (a DELETE with no body) answered by the real service worker with
 * no connection, then held until the client gives up (the page's clock reaches its 30 s at once).
 * The header says the user is still signed in, focus stays on Sign out, axe finds nothing, and
 * signing out again goes through.
 */
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test, waitForMockedApi } from './fixtures'

type Backend = { injectFault: (endpoint: string, kind: string) => void }

async function inject(page: Page, kind: 'offline' | 'timeout') {
  await page.evaluate(
    (fault) => (window as unknown as { __mockBackend: Backend }).__mockBackend.injectFault('signOut', fault),
    kind,
  )
}

test('signing out with no connection, then with no answer: still signed in, says so, and the next try signs out', async ({
  page,
}) => {
  await page.clock.install()
  await page.addInitScript(() => window.localStorage.setItem('partner-onboarding.started', '1'))
  const loaded = waitForMockedApi(page, '/session')
  await page.goto('/partnership?scenario=application-sent')
  await loaded
  // Its name says when it is busy (Signing out…).
  const signOut = page.getByRole('button', { name: /^Sign(ing)? out/ })
  const failed = page.getByRole('alert').filter({ hasText: 'You are still signed in' })

  await inject(page, 'offline')
  await signOut.click()
  await expect(failed).toBeVisible()
  await expect(signOut).toBeFocused()
  await expect(page).toHaveURL(/\/partnership$/)
  await expect(page.getByText('Signed in as Анна Смирнова')).toBeVisible()
  await expectNoAxeViolations(page)

  await inject(page, 'timeout')
  const sent = page.waitForRequest(
    (request) => request.method() === 'DELETE' && request.url().endsWith('/api/session'),
  )
  await signOut.click()
  await sent
  await expect(signOut).toHaveText('Signing out…')
  await expect(failed).toHaveCount(0)
  await page.clock.fastForward('00:31')
  await expect(signOut).toHaveText('Sign out')
  await expect(failed).toBeVisible()
  await expect(signOut).toBeFocused()

  await signOut.click()
  await expect(page).toHaveURL(/\/$/)
  await expect(page.getByText('Signed in as Анна Смирнова')).toHaveCount(0)
})
