/**
 * Opening a page state of the one list (scripts/screenshot-states.json, through
 * scripts/page-states.mjs) in a browser test: the scenario started afresh, the page's heading there,
 * the state's steps run, and the page where the list says the state is.
 */
import type { BrowserContext, Page } from '@playwright/test'
import { PAGE_STATES, type PageState, runStep, seedStorage, stateUrl } from '../../scripts/page-states.mjs'
import { expect, waitForMockBackend } from './fixtures'

export { PAGE_STATES, type PageState }

export function stateNamed(name: string): PageState {
  const state = PAGE_STATES.find((candidate) => candidate.name === name)
  if (!state) throw new Error(`no state ${name} in scripts/screenshot-states.json`)
  return state
}

/** The language (and "step 1 read") for the tab's first load; call before the first `reachState`. */
export function seedLanguage(context: BrowserContext, state: PageState, language: 'en' | 'ru' = 'en') {
  return context.addInitScript(seedStorage, { language, started: Boolean(state.started) })
}

export async function reachState(page: Page, state: PageState) {
  await page.goto(stateUrl(state))
  // The page is there once its heading is (the shell's "Loading…" has none). `/` and `/welcome` show
  // theirs from the prerendered HTML before the app runs, so the mock backend is awaited too: the
  // steps below drive it, and MSW may still reload a page its worker did not control yet.
  await expect(page.locator('h1').first()).toBeVisible({ timeout: 20_000 })
  await waitForMockBackend(page)
  for (const step of state.steps ?? []) await runStep(page, step, 15_000)
  // A step may reload the page (the demo panel's review actions do): the panel, mounted when the page
  // is idle, can say what it did before the page's content is back, so the heading is awaited again.
  if (state.steps?.length) await expect(page.locator('h1').first()).toBeVisible({ timeout: 20_000 })
  // The list says where each state is, and the route coverage (scripts/page-states.test.ts) counts on it.
  await expect(page).toHaveURL((url) => url.pathname === (state.at ?? state.path.split('?')[0]))
}
