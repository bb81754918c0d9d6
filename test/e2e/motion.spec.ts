/**
 * Reduced motion is respected: with `prefers-reduced-motion: reduce` nothing on the page moves (no
 * running CSS animation, transition or script animation, no smooth scrolling) on the pages and states
 * that move without it (the sign-in spinner, the demo panel, a modal dialog, an error summary that
 * scrolls to a field), and the information video never plays by itself. Without the preference the
 * same check sees the spinner turn, so it is no check of an empty page.
 */
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { reachState, seedLanguage, stateNamed } from './states'

/** What moves on the page now: running animations (CSS, transitions, script) and motion the styles allow. */
function motionOnPage(page: Page) {
  return page.evaluate(() => {
    const longest = (list: string) =>
      Math.max(
        ...list.split(',').map((value) => {
          const number = Number.parseFloat(value)
          return value.trim().endsWith('ms') ? number : number * 1000
        }),
      )
    const name = (element: Element) =>
      `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${
        typeof element.className === 'string' && element.className
          ? `.${element.className.split(' ')[0]}`
          : ''
      }`
    const running = document
      .getAnimations()
      .filter((animation) => animation.playState === 'running')
      .map((animation) => {
        const target = (animation.effect as KeyframeEffect | null)?.target
        return `running ${animation.constructor.name} on ${target ? name(target) : '?'}`
      })
    const styles: string[] = []
    for (const element of [document.documentElement, ...document.querySelectorAll('body *')]) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo)
        const where = `${name(element)}${pseudo ?? ''}`
        if (style.animationName !== 'none' && longest(style.animationDuration) > 0.01)
          styles.push(`animation ${style.animationName} ${style.animationDuration} on ${where}`)
        if (longest(style.transitionDuration) > 0.01)
          styles.push(`transition ${style.transitionProperty} ${style.transitionDuration} on ${where}`)
        if (pseudo === null && style.scrollBehavior === 'smooth') styles.push(`smooth scrolling on ${where}`)
      }
    }
    return [...running, ...styles]
  })
}

/** Signs in with a recent account while the mock answers slowly: the chosen card shows its spinner. */
async function signInBusy(page: Page) {
  const state = stateNamed('02-sign-in')
  await reachState(page, state)
  await page.evaluate(() =>
    (window as unknown as { __mockBackend: { setLatency: (ms: number) => void } }).__mockBackend.setLatency(
      20_000,
    ),
  )
  const list = page.getByRole('main').getByRole('list').first()
  await list.getByRole('button').first().click()
  await expect(list).toHaveAttribute('aria-busy', 'true')
}

test('without the preference the sign-in spinner turns (what the reduced-motion check would see)', async ({
  page,
  context,
}) => {
  await seedLanguage(context, stateNamed('02-sign-in'))
  await signInBusy(page)
  expect(await motionOnPage(page)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^running CSSAnimation on span/)]),
  )
})

test.describe('with prefers-reduced-motion: reduce', () => {
  test.use({ reducedMotion: 'reduce' })

  test('the sign-in spinner stands still and still says it is busy', async ({ page, context }) => {
    await seedLanguage(context, stateNamed('02-sign-in'))
    await signInBusy(page)
    expect(await motionOnPage(page)).toEqual([])
  })

  test('nothing moves with the demo panel open, a modal dialog open, the video page, the status page', async ({
    page,
    context,
  }) => {
    test.setTimeout(180_000)
    // One page walks through the states (each CSS bundle that could move: the mock UI's, step 3's, 4's, 6's).
    const names = [
      '01-program-demo-panel-open',
      '03-application-choose-dialog',
      '04-partnership-transcript-open',
      '06-confirmation-in-review',
    ]
    await seedLanguage(context, stateNamed('02-sign-in'))
    const moving: Record<string, string[]> = {}
    for (const name of names) {
      await reachState(page, stateNamed(name))
      moving[name] = await motionOnPage(page)
    }
    expect(moving).toEqual(Object.fromEntries(names.map((name) => [name, []])))
  })

  test('the information video does not play by itself', async ({ page, context }) => {
    const state = stateNamed('04-partnership')
    await seedLanguage(context, state)
    await reachState(page, state)
    const video = page.getByRole('main').locator('video')
    await expect(video).not.toHaveAttribute('autoplay')
    // Its metadata loaded (preload="metadata"): a video that would start by itself has by now.
    await expect
      .poll(() => video.evaluate((element: HTMLVideoElement) => element.readyState))
      .toBeGreaterThanOrEqual(1)
    expect(
      await video.evaluate((element: HTMLVideoElement) => [element.paused, element.currentTime]),
    ).toEqual([true, 0])
  })
})
