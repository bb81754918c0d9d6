/**
 * Every page and state of the app, one list (./screenshot-states.json) for the screenshots
 * (./screenshots.mjs) and the accessibility sweep (test/e2e/a11y.spec.ts): how to open a state and
 * how to reach it, in either language (selectors, never words).
 */
import file from './screenshot-states.json' with { type: 'json' }

/** @type {import('./page-states.d.mts').PageState[]} */
export const PAGE_STATES = file.states

/** The state's page with its scenario started afresh (`?scenario=`). */
export function stateUrl(state) {
  if (!state.scenario) return state.path
  return `${state.path}${state.path.includes('?') ? '&' : '?'}scenario=${state.scenario}`
}

/**
 * Run once per browser tab before the app: the language and, for pages after step 1, that the
 * program was read ("started"). Only at the tab's first load, so a language switch or a reload later
 * is the app's own.
 */
export function seedStorage({ language, started }) {
  if (sessionStorage.getItem('states.init')) return
  sessionStorage.setItem('states.init', '1')
  localStorage.setItem('partner-onboarding.language', language)
  if (started) localStorage.setItem('partner-onboarding.started', '1')
}

/** One step of a state: click, fill, press a key, or wait (ms or a CSS selector); `timeout` ms at most each. */
export async function runStep(page, step, timeout = 5000) {
  if (step.click) await page.locator(step.click).first().click({ timeout })
  if (step.fill)
    await page
      .locator(step.fill)
      .first()
      .fill(step.value ?? '', { timeout })
  if (step.press) await page.keyboard.press(step.press)
  if (typeof step.wait === 'number') await page.waitForTimeout(step.wait)
  else if (step.wait) await page.locator(step.wait).first().waitFor({ timeout })
}
