/**
 * Step 4 in the production build: the information video really plays to the end (at 16× and muted,
 * after a real click on it), which opens the partnership types; then the taxation type, Continue,
 * the questionnaire and Send, in English and in Russian (each with its own video), with axe finding
 * nothing on the way; a language switch while watching swaps the video at the same point.
 */
import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test, waitForMockedApi } from './fixtures'

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.localStorage.setItem('partner-onboarding.started', '1'))
})

const videoState = (page: Page) =>
  page.evaluate(() => {
    const video = document.querySelector('video') as HTMLVideoElement
    return { time: video.currentTime, duration: video.duration, paused: video.paused, ended: video.ended }
  })

/** Loads the video's metadata, tries to skip ahead (it must snap back), then plays it to the end. */
async function watchTheVideo(page: Page) {
  const video = page.locator('video')
  await expect(video).toBeVisible()
  await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).readyState >= 1)
  expect((await videoState(page)).duration).toBeGreaterThan(50)

  // Skipping ahead is not possible: the seek is pulled back to the furthest point watched.
  await page.evaluate(() => {
    ;(document.querySelector('video') as HTMLVideoElement).currentTime = 60
  })
  await page.waitForFunction(() => {
    const v = document.querySelector('video') as HTMLVideoElement
    return !v.seeking && v.currentTime < 1
  })

  // A real click on the video starts it (no autoplay); then it runs fast and muted.
  await video.click()
  await page.waitForFunction(() => !(document.querySelector('video') as HTMLVideoElement).paused)
  await page.evaluate(() => {
    const v = document.querySelector('video') as HTMLVideoElement
    v.muted = true
    v.playbackRate = 16
  })
  await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).ended, undefined, {
    timeout: 30_000,
  })
  const end = await videoState(page)
  expect(end.time).toBeGreaterThan(end.duration - 1)
}

for (const language of ['en', 'ru'] as const) {
  const w =
    language === 'en'
      ? {
          title: 'Partnership type',
          gate: 'The partnership types become available when the video has played to the end.',
          opened: 'You have watched the video: choose your partnership type below.',
          direct: /Direct partner/,
          referral: /Referral partner/,
          taxation: 'Company’s taxation type',
          osno: /General taxation system/,
          continue: 'Continue',
          questionnaire: 'Questionnaire about your company',
          size: 'Company size',
          sizeOption: '11–50 people',
          engineers: 'Certified Yandex Cloud engineers',
          devops: 'DevOps',
          retail: 'Retail and e-commerce',
          smb: 'Small and medium businesses',
          central: 'Central',
          consumption: /^Less than/,
          send: 'Send',
          problems: 'There are 7 problems',
          watched: 'Watched to the end.',
        }
      : {
          title: 'Тип партнерства',
          gate: 'Типы партнерства станут доступны, когда видео будет просмотрено до конца.',
          opened: 'Вы посмотрели видео: выберите тип партнерства ниже.',
          direct: /Прямой партнер/,
          referral: /Реферальный партнер/,
          taxation: 'Тип налогообложения компании',
          osno: /Общая система налогообложения/,
          continue: 'Продолжить',
          questionnaire: 'Анкета о компании',
          size: 'Размер компании',
          sizeOption: '11–50 человек',
          engineers: 'Сертифицированные инженеры Yandex Cloud',
          devops: 'DevOps',
          retail: 'Ритейл и электронная коммерция',
          smb: 'Малый и средний бизнес',
          central: 'Центральный',
          consumption: /^Меньше/,
          send: 'Отправить',
          problems: 'Есть 7 ошибок',
          watched: 'Просмотрено до конца.',
        }

  test.describe(`step 4 in ${language}`, () => {
    test.use({ locale: language === 'en' ? 'en-GB' : 'ru-RU' })

    test('watch the video to the end, choose the type and taxation, send the questionnaire', async ({
      page,
    }) => {
      const application = waitForMockedApi(page, '/organizations/org-romashka/application')
      await page.goto('/partnership?scenario=application-sent')
      await application
      await expect(page.getByRole('heading', { level: 1, name: w.title })).toBeVisible()
      await expect(page.getByText(w.gate)).toBeVisible()
      await expect(page.getByRole('checkbox', { name: w.direct })).toBeDisabled()
      await expect(page.getByRole('checkbox', { name: w.referral })).toBeDisabled()
      await expectNoAxeViolations(page)
      // The captions follow the page's language.
      await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).readyState >= 1)
      const showing = await page.evaluate(() =>
        [...(document.querySelector('video') as HTMLVideoElement).textTracks]
          .filter((track) => track.mode === 'showing')
          .map((track) => track.language),
      )
      expect(showing).toEqual([language])
      // The video is the one in the page's language (slides and narration).
      const source = await page.evaluate(
        () => (document.querySelector('video') as HTMLVideoElement).currentSrc,
      )
      expect(source).toMatch(
        language === 'ru' ? /\/media\/partner-program\.ru\.webm$/ : /\/media\/partner-program\.webm$/,
      )

      await watchTheVideo(page)
      await expect(page.getByText(w.opened).first()).toBeVisible()
      const direct = page.getByRole('checkbox', { name: w.direct })
      await expect(direct).toBeEnabled()
      // The referral program is closed: the option stays unavailable.
      await expect(page.getByRole('checkbox', { name: w.referral })).toBeDisabled()
      await direct.check()
      await page.getByRole('group', { name: w.taxation }).getByRole('radio', { name: w.osno }).check()
      await expectNoAxeViolations(page)
      await page.getByRole('button', { name: w.continue }).click()

      await expect(page).toHaveURL(/\/partnership\/questionnaire$/)
      const heading = page.getByRole('heading', { level: 1, name: w.questionnaire })
      await expect(heading).toBeFocused()
      await page.getByRole('button', { name: w.send }).click()
      await expect(page.getByRole('alert', { name: w.problems })).toBeFocused()
      await expect(page).toHaveTitle(/^(Error|Ошибка)/)
      await expectNoAxeViolations(page)

      await page.getByLabel(w.size).selectOption({ label: w.sizeOption })
      await page.getByLabel(w.engineers).fill('2')
      await page.getByRole('checkbox', { name: w.devops }).check()
      await page.getByRole('checkbox', { name: w.retail }).check()
      await page.getByRole('checkbox', { name: w.smb }).check()
      await page.getByRole('checkbox', { name: w.central }).check()
      await page.getByRole('radio', { name: w.consumption }).check()
      await page.getByRole('button', { name: w.send }).click()
      await expect(page).toHaveURL(/\/confirmation$/)

      // The server remembers the video: coming back does not ask again.
      await page.goto('/partnership')
      await expect(page.getByText(w.watched)).toBeVisible()
      await expect(page.getByRole('checkbox', { name: w.direct })).toBeChecked()
      await expect(page.getByRole('checkbox', { name: w.direct })).toBeEnabled()
    })
  })
}

test('referral program open: bank details looked up by BIK and checked with the control key', async ({
  page,
}) => {
  await page.goto('/partnership?scenario=application-sent-referral-open')
  await expect(page.getByRole('heading', { level: 1, name: 'Partnership type' })).toBeVisible()
  await watchTheVideo(page)
  await page.getByRole('checkbox', { name: /Referral partner/ }).check()
  const bank = page.getByRole('region', { name: 'Bank details for referral rewards' })
  await expect(bank).toBeVisible()
  await bank.getByLabel('BIK').fill('044525225')
  await expect(bank.getByText('ПАО Сбербанк')).toBeVisible()
  await expect(bank.getByText('30101810400000000225')).toBeVisible()
  // An account of another bank fails the key against this BIK.
  await bank.getByLabel('Settlement account').fill('40702810900000012345')
  await page.getByRole('radio', { name: /Automated simplified/ }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
  const summary = page.getByRole('alert', { name: 'There is a problem' })
  await expect(summary).toBeFocused()
  await expect(summary.getByRole('link')).toHaveText(
    'This account number does not match the bank’s BIK: check both.',
  )
  await expectNoAxeViolations(page)

  const valid = await page.evaluate(() => {
    // The control key (Bank of Russia): prefix = the BIK's last three digits, weights 7,1,3.
    const body = '40702810_00000012345'
    for (let k = 0; k <= 9; k++) {
      const account = body.replace('_', String(k))
      const digits = `225${account}`.split('').map(Number)
      const sum = digits.reduce((s, d, i) => s + ((d * ([7, 1, 3][i % 3] as number)) % 10), 0)
      if (sum % 10 === 0) return account
    }
    return ''
  })
  await bank.getByLabel('Settlement account').fill(valid)
  await page.getByRole('button', { name: 'Continue' }).click()
  await expect(page).toHaveURL(/\/partnership\/questionnaire$/)
})

test('a video that fails to load says so, and loads on Try again', async ({ page, context }) => {
  await context.route('**/media/partner-program.webm', (route) => route.abort())
  await page.goto('/partnership?scenario=application-sent')
  const failed = page.getByRole('heading', { name: 'The video could not be loaded' })
  await expect(failed).toBeVisible()
  await expectNoAxeViolations(page)
  await context.unroute('**/media/partner-program.webm')
  await page.getByRole('button', { name: 'Try again' }).click()
  await expect(failed).toBeHidden()
  await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).readyState >= 1)
})

test('a phone-sized screen shows step 4 without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto('/partnership?scenario=application-sent-referral-open')
  await expect(page.getByRole('heading', { level: 1, name: 'Partnership type' })).toBeVisible()
  await expect(page.locator('video')).toBeVisible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})

test('the video can be rewound, and resumes at the furthest point after leaving and coming back', async ({
  page,
}) => {
  await page.goto('/partnership?scenario=application-sent')
  const video = page.locator('video')
  await expect(video).toBeVisible()
  await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).readyState >= 1)
  // The browser can seek in the file at all (the mock worker must not turn it into a stream).
  const seekableEnd = await page.evaluate(() => {
    const v = document.querySelector('video') as HTMLVideoElement
    return v.seekable.length > 0 ? v.seekable.end(0) : 0
  })
  expect(seekableEnd).toBeGreaterThan(50)

  await video.click()
  await page.evaluate(() => {
    const v = document.querySelector('video') as HTMLVideoElement
    v.muted = true
    v.playbackRate = 8
  })
  await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).currentTime > 12)
  const furthest = await page.evaluate(() => {
    const v = document.querySelector('video') as HTMLVideoElement
    v.pause()
    return v.currentTime
  })

  // Going back is allowed.
  await page.evaluate(() => {
    ;(document.querySelector('video') as HTMLVideoElement).currentTime = 3
  })
  await page.waitForFunction(() => {
    const v = document.querySelector('video') as HTMLVideoElement
    return !v.seeking && Math.abs(v.currentTime - 3) < 0.5
  })

  // Leaving and coming back resumes at the furthest point watched.
  await page.reload()
  await page.waitForFunction((expected) => {
    const v = document.querySelector('video')
    return v !== null && v.readyState >= 1 && Math.abs(v.currentTime - expected) < 1.5
  }, furthest)
})

test('a language switch while watching plays the Russian video from the same point, still gated', async ({
  page,
}) => {
  await page.goto('/partnership?scenario=application-sent')
  const video = page.locator('video')
  await expect(video).toBeVisible()
  await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).readyState >= 1)
  await video.click()
  await page.evaluate(() => {
    const v = document.querySelector('video') as HTMLVideoElement
    v.muted = true
    v.playbackRate = 4
  })
  await page.waitForFunction(() => (document.querySelector('video') as HTMLVideoElement).currentTime > 10)
  const before = await page.evaluate(() => {
    const v = document.querySelector('video') as HTMLVideoElement
    v.playbackRate = 1
    return v.currentTime
  })

  await page.getByRole('button', { name: 'Русский' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Тип партнерства' })).toBeVisible()
  // The Russian video, at the same point (give or take the moment the switch took), playing on.
  await page.waitForFunction(
    (at) => {
      const v = document.querySelector('video') as HTMLVideoElement
      return (
        v.currentSrc.endsWith('/media/partner-program.ru.webm') &&
        v.readyState >= 1 &&
        !v.seeking &&
        v.currentTime >= at - 0.5 &&
        v.currentTime < at + 3
      )
    },
    before,
    { timeout: 10_000 },
  )
  await page.waitForFunction(() => !(document.querySelector('video') as HTMLVideoElement).paused)
  const showing = await page.evaluate(() =>
    [...(document.querySelector('video') as HTMLVideoElement).textTracks]
      .filter((track) => track.mode === 'showing')
      .map((track) => track.language),
  )
  expect(showing).toEqual(['ru'])
  await expect(page.getByText(/^Просмотрено 0:1\d из 1:\d\d\./)).toBeVisible()
  await expect(page.getByRole('checkbox', { name: /Прямой партнер/ })).toBeDisabled()
  await expectNoAxeViolations(page)
})
