/**
 * axe (WCAG 2.2 AA rules) on every page and state of the app, in English and Russian: the states are
 * the screenshots' list (scripts/screenshot-states.json, read by scripts/page-states.mjs), so a page
 * or state added for the screenshots is checked here too, and scripts/page-states.test.ts fails when
 * a route of the route table is missing from it. One page load per state: the state is reached in
 * English, checked, the language switched in place (the header's control) and checked again; a state
 * whose language control is covered (a modal dialog) or absent (the mock identity provider) is opened
 * once more in Russian. Pages with a print view are checked under print media too. The list gives
 * each state's width (phone-only states at 360 px); every other state is checked at 1280 px, and one
 * state of each page (its errors showing where the list has them) at 360 px too, in both languages,
 * with no sideways scrolling: the same page load, the window narrowed (the layout follows the width
 * through CSS and `matchMedia` change events), so the phone pass costs axe runs, not page loads.
 */
import type { Page } from '@playwright/test'
import { axeViolations, expect, test } from './fixtures'
import { PAGE_STATES, type PageState, reachState, seedLanguage } from './states'

type Language = 'en' | 'ru'

/** The app's words are in the language: the header's control says so (pages outside the shell: the document). */
async function expectLanguage(page: Page, language: Language) {
  await expect(page.locator('html')).toHaveAttribute('lang', language)
  const control = page.locator(`header button[lang=${language}]`)
  if ((await control.count()) > 0) await expect(control).toHaveAttribute('aria-pressed', 'true')
}

/** axe on the page as it is, and on its print view where it has one; the findings, labelled. */
async function check(page: Page, state: PageState, language: Language) {
  await expectLanguage(page, language)
  const found = (await axeViolations(page)).map((v) => ({ where: `${language} screen`, ...v }))
  if (state.print) {
    await page.emulateMedia({ media: 'print' })
    found.push(...(await axeViolations(page)).map((v) => ({ where: `${language} print`, ...v })))
    await page.emulateMedia({ media: 'screen' })
  }
  return found
}

/** Where a state ends: the page it shows. */
const pageOf = (state: PageState) => state.at ?? state.path.split('?')[0] ?? state.path

/** One state per page, its errors showing where the list has such a state (the most on the page). */
const PHONE_PASS = new Set(
  [...new Set(PAGE_STATES.map(pageOf))].map((path) => {
    const there = PAGE_STATES.filter((state) => pageOf(state) === path)
    return (there.find((state) => state.name.endsWith('-errors')) ?? there[0])?.name
  }),
)

/** axe at 360 px (screen), and nothing wider than the phone; back to the width the state was opened at. */
async function checkPhone(page: Page, language: Language, width: number) {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.waitForFunction(() => window.innerWidth === 360)
  const found = (await axeViolations(page)).map((v) => ({ where: `${language} 360 px`, ...v }))
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth)
  if (scrollWidth > 360)
    found.push({
      where: `${language} 360 px`,
      id: 'sideways-scrolling',
      impact: 'serious',
      help: `${scrollWidth} px wide`,
      targets: [],
    })
  await page.setViewportSize({ width, height: width < 600 ? 740 : 800 })
  return found
}

// Up to six axe runs a state (two languages; screen, print and 360 px) on a shared 2-core machine.
test.describe.configure({ timeout: 180_000 })

for (const state of PAGE_STATES) {
  test(`axe finds nothing: ${state.name} (${state.path}) in English and Russian`, async ({
    page,
    context,
  }) => {
    const width = state.widths?.[0] ?? 1280
    await page.setViewportSize({ width, height: width < 600 ? 740 : 800 })
    await seedLanguage(context, state)
    await reachState(page, state)
    const found = await check(page, state, 'en')
    const phone = PHONE_PASS.has(state.name) && width !== 360
    if (phone) found.push(...(await checkPhone(page, 'en', width)))

    if (state.reopenToSwitch) {
      await page.evaluate(() => localStorage.setItem('partner-onboarding.language', 'ru'))
      await reachState(page, state)
    } else {
      await page.locator('header button[lang=ru]').click()
    }
    found.push(...(await check(page, state, 'ru')))
    if (phone) found.push(...(await checkPhone(page, 'ru', width)))
    expect(found).toEqual([])
  })
}
