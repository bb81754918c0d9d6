/**
 * Helpers for step 4's component tests: open the step over a seeded database, and drive the
 * information video with media events (jsdom plays nothing, so time, duration and seeking are ours).
 */

import { db } from '@mocks/db'
import { applyScenario, type ScenarioName } from '@mocks/scenarios'
import { theApplication } from '@test/api'
import { renderApp } from '@test/render-app'
import { fireEvent, screen } from '@testing-library/react'
import videoMedia from '@/domain/video-media.json'
import type { Language } from '@/lib/i18n'

/** The video's length, as scripts/make-video.sh wrote it (the mock backend checks "watched" against it). */
export const VIDEO_LENGTH: number = videoMedia.duration

export { theApplication }

export async function openStep4(
  options: {
    scenario?: ScenarioName
    watched?: boolean
    furthest?: number
    path?: string
    language?: Language
    prepare?: () => Promise<void>
  } = {},
) {
  await applyScenario(options.scenario ?? 'application-sent')
  const { watched = false, furthest = watched ? VIDEO_LENGTH : 0 } = options
  await db.applications.update(theApplication().id, (draft) => {
    draft.video = { furthest, watched }
  })
  await options.prepare?.()
  const rendered = await renderApp({
    path: options.path ?? '/partnership',
    language: options.language ?? 'en',
    started: true,
  })
  return rendered
}

/** Takes over the page's <video>: its clock, duration and seeking state, and fires its events. */
export function controlVideo(duration = VIDEO_LENGTH) {
  const video = document.querySelector('video')
  if (!video) throw new Error('no video on the page')
  let time = 0
  let seeking = false
  let readyState = 0
  Object.defineProperty(video, 'duration', { configurable: true, get: () => duration })
  Object.defineProperty(video, 'readyState', { configurable: true, get: () => readyState })
  Object.defineProperty(video, 'seeking', { configurable: true, get: () => seeking })
  Object.defineProperty(video, 'currentTime', {
    configurable: true,
    get: () => time,
    set: (value: number) => {
      time = value
    },
  })
  return {
    element: video,
    get time() {
      return time
    },
    loadMetadata() {
      readyState = 1
      fireEvent(video, new Event('loadedmetadata'))
    },
    play() {
      fireEvent.play(video)
    },
    /** Plays in small steps up to `end`, firing timeupdate as a browser does. */
    playTo(end: number, step = 0.25) {
      while (time < end - 1e-9) {
        time = Math.min(end, time + step)
        fireEvent.timeUpdate(video)
      }
    },
    /** The user drags the playhead: seeking, then timeupdate and seeked. */
    seekTo(target: number) {
      seeking = true
      time = target
      fireEvent.seeking(video)
      fireEvent.timeUpdate(video)
      seeking = false
      fireEvent.seeked(video)
    },
    pause() {
      fireEvent.pause(video)
    },
    end() {
      fireEvent.ended(video)
    },
    /** Plays from the start to the end, as the gate requires. */
    watchToTheEnd() {
      this.loadMetadata()
      this.play()
      this.playTo(duration)
      this.end()
    },
  }
}

export const checkbox = (name: string | RegExp) => screen.getByRole('checkbox', { name })
