/**
 * The demo build under a sub-path (`npm run demo -- --base /demo/`, served by playwright.demo.config.ts
 * with its own build and server): the main journey from the program page to the application, with
 * every request the page makes staying under /demo/ on localhost (assets, fonts, the worker script,
 * the API), the worker's scope following the base, and a deep link reloading under it.
 */
import { expect, expectNoAxeViolations, test } from './fixtures'

test('under /demo/: program → welcome → sign-in → organization → the application with its data', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000)
  const root = new URL(baseURL ?? '').origin
  const outside: string[] = []
  const api: { path: string; fromWorker: boolean }[] = []
  context.on('request', (request) => {
    const url = new URL(request.url())
    if (url.origin !== root || !url.pathname.startsWith('/demo/')) outside.push(request.url())
  })
  page.on('response', (response) => {
    const url = new URL(response.url())
    if (url.pathname.includes('/api/'))
      api.push({ path: url.pathname, fromWorker: response.fromServiceWorker() })
  })

  await page.goto('/demo/')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Grow your business with Yandex Cloud' }),
  ).toBeVisible()
  await page.getByRole('link', { name: 'Apply' }).click()
  await expect(page).toHaveURL(`${root}/demo/welcome`)
  await page.getByRole('button', { name: 'Let’s get started!' }).click()
  await expect(page).toHaveURL(`${root}/demo/sign-in`)
  await page.getByRole('button', { name: /Анна Смирнова/ }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Select an organization' })).toBeVisible()
  await page.getByRole('radio', { name: 'Ромашка Софт' }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page).toHaveURL(`${root}/demo/application`)
  await expect(page.getByRole('heading', { level: 1, name: 'Partnership application' })).toBeVisible()
  // Its data: the qualifying billing account of Anna's organization, from the mock backend.
  await expect(page.getByText('Ромашка Софт — основной').first()).toBeVisible()
  await expectNoAxeViolations(page)

  // A deep link under the base reloads to the same page.
  await page.reload()
  await expect(page.getByRole('heading', { level: 1, name: 'Partnership application' })).toBeVisible()
  await expect(page.getByText('Ромашка Софт — основной').first()).toBeVisible()

  const worker = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    return { scope: registration?.scope, script: navigator.serviceWorker.controller?.scriptURL }
  })
  expect(worker).toEqual({ scope: `${root}/demo/`, script: `${root}/demo/mockServiceWorker.js` })
  // The information video and a font are in the build under the base (no network needed).
  const local = await page.evaluate(async () => {
    const video = await fetch('/demo/media/partner-program.webm')
    const font = await fetch('/demo/fonts/inter-latin-400.woff2')
    return { video: video.status, videoType: video.headers.get('content-type'), font: font.status }
  })
  expect(local).toEqual({ video: 206, videoType: 'video/webm', font: 200 })
  expect(api.length).toBeGreaterThan(3)
  expect(api.filter((call) => !call.path.startsWith('/demo/api/') || !call.fromWorker)).toEqual([])
  // Nothing left /demo/ on localhost: no font, video or script from the network.
  expect(outside).toEqual([])
})
