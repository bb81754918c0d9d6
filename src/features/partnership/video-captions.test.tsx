/**
 * The information video says one text three ways: the narration (spoken from video-script.json by
 * scripts/make-video.sh), the captions (WebVTT, written by the same script, one cue per sentence) and
 * the transcript the page shows (read from video-script.json). This checks, in both languages, that
 * the captions and the page's transcript say the narration's words in the same order, and that the
 * cues are timed in order within the video's length.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import videoMedia from '@/domain/video-media.json'
import en from '@/locales/en/partnership.json'
import ru from '@/locales/ru/partnership.json'
import { NARRATED_PLATFORM } from './information-video'
import { openStep4 } from './test-helpers'
import script from './video-script.json'

type Cue = { start: number; end: number; text: string }
const LANGUAGES = ['en', 'ru'] as const
const TRANSCRIPT = { en: en['partnership.video.transcript'], ru: ru['partnership.video.transcript'] }

/** "00:01:03.878" → 63.878 */
function seconds(stamp: string): number {
  const [h, m, s] = stamp.split(':').map(Number)
  return (h ?? 0) * 3600 + (m ?? 0) * 60 + (s ?? 0)
}

/** The cues of a WebVTT file (the subset make-video.sh writes: optional cue ids, one timing line, text). */
function parseVtt(text: string): Cue[] {
  const [header, ...blocks] = text
    .replace(/\r\n/g, '\n')
    .trim()
    .split(/\n{2,}/)
  expect(header?.startsWith('WEBVTT')).toBe(true)
  return blocks.map((block) => {
    const lines = block.split('\n')
    const at = lines.findIndex((line) => line.includes('-->'))
    const timing = /^(\d\d:\d\d:\d\d\.\d{3}) --> (\d\d:\d\d:\d\d\.\d{3})$/.exec(lines[at] ?? '')
    if (!timing?.[1] || !timing[2]) throw new Error(`no cue timing in: ${block}`)
    return { start: seconds(timing[1]), end: seconds(timing[2]), text: lines.slice(at + 1).join(' ') }
  })
}

const captions = (language: 'en' | 'ru') =>
  parseVtt(readFileSync(join(process.cwd(), `public/media/partner-program.${language}.vtt`), 'utf8'))

/** Words only: case, punctuation, quotes and dashes aside, so a typographic change is no drift. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^\p{L}\p{N}%]+/u)
    .filter(Boolean)
}

/** The narration, sentence by sentence, as the video says it. */
const narration = (language: 'en' | 'ru') =>
  script.slides.flatMap((slide) =>
    slide.narration.map((sentence) => sentence[language].replaceAll('{platform}', NARRATED_PLATFORM)),
  )

describe('the information video: narration, captions and transcript', () => {
  it.each(LANGUAGES)(
    'captions (%s): one cue per narrated sentence, the same words in the same order',
    (language) => {
      const cues = captions(language)
      const sentences = narration(language)
      expect(cues).toHaveLength(sentences.length)
      expect(cues.map((cue) => words(cue.text))).toEqual(sentences.map(words))
    },
  )

  it.each(LANGUAGES)('captions (%s): timed in order, without overlaps, within the video', (language) => {
    const cues = captions(language)
    let previousEnd = 0
    for (const cue of cues) {
      expect(cue.start).toBeGreaterThanOrEqual(previousEnd)
      expect(cue.end).toBeGreaterThan(cue.start)
      previousEnd = cue.end
    }
    expect(previousEnd).toBeLessThanOrEqual(videoMedia.duration)
  })

  it('one timeline for both videos: the English and Russian cues start and end at the same times', () => {
    const times = (language: 'en' | 'ru') => captions(language).map(({ start, end }) => [start, end])
    expect(times('ru')).toEqual(times('en'))
  })

  it.each(LANGUAGES)(
    'the page’s transcript (%s) says the captions’ words in the same order',
    async (language) => {
      await openStep4({ language })
      const summary = await screen.findByText(TRANSCRIPT[language])
      const transcript = summary.closest('details')
      if (!transcript) throw new Error('the transcript is not a disclosure')
      // The slide titles are the transcript's headings; the narration is its paragraphs.
      const said = within(transcript)
        .getAllByRole('paragraph')
        .flatMap((paragraph) => words(paragraph.textContent ?? ''))
      expect(said).toEqual(captions(language).flatMap((cue) => words(cue.text)))
      expect(within(transcript).getAllByRole('heading', { level: 3 })).toHaveLength(script.slides.length)
    },
  )
})
