/**
 * Step 4's information video in the browser: both caption tracks are there, labelled, load their cues
 * (the files are served and allowed by the page's policy) and can be chosen; the one showing follows
 * the page's language; the transcript opens from the keyboard. That the captions and the transcript
 * say the narration's words: src/features/partnership/video-captions.test.tsx.
 */
import type { Locator } from '@playwright/test'
import { expect, test } from './fixtures'
import { reachState, seedLanguage, stateNamed } from './states'

type Track = { language: string; label: string; kind: string; mode: string; cues: number }

function tracks(video: Locator): Promise<Track[]> {
  return video.evaluate((element: HTMLVideoElement) =>
    [...element.textTracks].map((track) => ({
      language: track.language,
      label: track.label,
      kind: track.kind,
      mode: track.mode,
      cues: track.cues?.length ?? 0,
    })),
  )
}

test('captions in both languages, labelled, loaded and selectable; the transcript opens from the keyboard', async ({
  page,
  context,
}) => {
  const state = stateNamed('04-partnership')
  await seedLanguage(context, state)
  await reachState(page, state)
  const video = page.getByRole('main').locator('video')
  await expect(video).toHaveAccessibleName(/video/i)

  // The page's language shows; the other is loaded when chosen, as the player's menu would.
  await expect
    .poll(() => tracks(video))
    .toEqual([
      { language: 'en', label: 'English', kind: 'captions', mode: 'showing', cues: 15 },
      { language: 'ru', label: 'Русский', kind: 'subtitles', mode: 'disabled', cues: 0 },
    ])
  await video.evaluate((element: HTMLVideoElement) => {
    for (const track of element.textTracks) track.mode = track.language === 'ru' ? 'showing' : 'disabled'
  })
  await expect.poll(async () => (await tracks(video))[1]).toMatchObject({ mode: 'showing', cues: 15 })

  // The transcript: a disclosure after the video, opened with the keyboard.
  const summary = page.getByText('Transcript of the video', { exact: true })
  await summary.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main').locator('details')).toHaveAttribute('open', '')
  await expect(page.getByText('Welcome to the Yandex Cloud partner program.')).toBeVisible()

  // In Russian the Russian track is the captions and shows; the transcript is in Russian.
  await page.getByRole('button', { name: 'Русский' }).click()
  await expect
    .poll(() => tracks(video))
    .toMatchObject([
      // A track turned off is not loaded again after the switch: its cues do not matter.
      { language: 'en', label: 'English', kind: 'subtitles', mode: 'disabled' },
      { language: 'ru', label: 'Русский', kind: 'captions', mode: 'showing', cues: 15 },
    ])
  await expect(page.getByText('Добро пожаловать в партнерскую программу Yandex Cloud.')).toBeVisible()
})
