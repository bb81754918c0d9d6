import { useEffect, useRef, useState } from 'react'
import { buttonClass } from '@/components/button'
import { Notice } from '@/components/notice'
import { config } from '@/config'
import videoMedia from '@/domain/video-media.json'
import { type Language, useMessages } from '@/lib/i18n'
import styles from './partnership.module.css'
import type { VideoGate } from './use-video-gate'
import script from './video-script.json'

const MEDIA = `${import.meta.env.BASE_URL}media/partner-program`
/**
 * The video in each language (slides and narration; scripts/make-video.sh). Both have the same
 * length and timeline, so the captions serve both and a time in one is the same point in the other.
 */
export const VIDEO_SRC: Record<Language, string> = { en: `${MEDIA}.webm`, ru: `${MEDIA}.ru.webm` }
const POSTER_SRC: Record<Language, string> = { en: `${MEDIA}.poster.jpg`, ru: `${MEDIA}.ru.poster.jpg` }
const CAPTION_LANGUAGES: Language[] = ['en', 'ru']
/**
 * The platform's name as the narration and captions say it (scripts/make-video.sh records it): the
 * transcript says the same words even in a build configured with another name.
 */
export const NARRATED_PLATFORM: string = videoMedia.platform
export const GATE_MESSAGE_ID = 'video-gate-message'
export const VIDEO_ELEMENT_ID = 'partnership-video'

/** 75.4 → "1:15" */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds))
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}

/** Shows the captions in the page's language and hides the others (the viewer may still switch). */
function showCaptionsIn(video: HTMLVideoElement, language: string) {
  const tracks = video.textTracks
  for (let i = 0; i < tracks.length; i++) {
    const track = tracks[i]
    if (track) track.mode = track.language === language ? 'showing' : 'disabled'
  }
}

/**
 * The information video: native controls (keyboard operable), no autoplay, the video, captions and
 * transcript in the page's language, the gate's state in words, and a way to try again when it fails
 * to load. A language switch while watching swaps the video and keeps the position (and whether it
 * was playing); the gate's furthest point is a time, the same in both videos.
 */
export function InformationVideo({ gate }: { gate: VideoGate }) {
  const { t, language } = useMessages('partnership', 'common')
  const video = useRef<HTMLVideoElement>(null)
  const [failed, setFailed] = useState(false)
  const [attempt, setAttempt] = useState(0)
  const platform = config.platformName
  /** The video's language: follows the page's, one render later (see below). */
  const [shown, setShown] = useState<Language>(language)
  /** Where the previous video was when the language changed, to carry over to the new one. */
  const resume = useRef<{ time: number; playing: boolean } | null>(null)

  // The captions follow the page's language, also when it changes while the page is open.
  useEffect(() => {
    if (video.current) showCaptionsIn(video.current, language)
  }, [language])

  // The video follows too: note the position while the old video still plays, then swap the source.
  useEffect(() => {
    if (shown === language) return
    const element = video.current
    if (element && element.readyState >= 1)
      resume.current = { time: element.currentTime, playing: !element.paused && !element.ended }
    setShown(language)
  }, [language, shown])

  const retry = () => {
    setFailed(false)
    setAttempt((n) => n + 1)
  }

  const { watched, furthest, duration } = gate
  let progress: string
  if (watched) progress = t('partnership.video.watched')
  else if (furthest > 0 && duration)
    progress = t('partnership.video.progress', {
      watched: formatClock(furthest),
      total: formatClock(duration),
    })
  else progress = t('partnership.video.notWatched')

  return (
    <section className={styles.section} aria-labelledby="video-heading">
      <h2 id="video-heading">{t('partnership.video.title')}</h2>
      <p>{t('partnership.video.lead', { platform })}</p>
      <div className={styles.player}>
        <video
          key={attempt}
          id={VIDEO_ELEMENT_ID}
          ref={video}
          className={styles.video}
          controls
          preload="metadata"
          playsInline
          poster={POSTER_SRC[shown]}
          src={VIDEO_SRC[shown]}
          aria-label={t('partnership.video.label', { platform })}
          aria-describedby={GATE_MESSAGE_ID}
          onError={() => setFailed(true)}
          {...gate.handlers}
          onLoadedMetadata={(event) => {
            const element = event.currentTarget
            // Chromium's own track selection (before metadata) may turn on a second track.
            showCaptionsIn(element, language)
            gate.handlers.onLoadedMetadata(event)
            // After a language switch: the same point in the other video (the gate pulls back a
            // position past the furthest point, as for any seek).
            const position = resume.current
            resume.current = null
            if (!position) return
            element.currentTime = Math.min(position.time, element.duration || position.time)
            if (position.playing)
              try {
                element.play()?.catch(() => {})
              } catch {
                // Not playing again is fine: the viewer presses play.
              }
          }}
        >
          {CAPTION_LANGUAGES.map((lang) => (
            // The narration's language is captions, the other one a translation: subtitles.
            <track
              key={lang}
              kind={lang === shown ? 'captions' : 'subtitles'}
              src={`${MEDIA}.${lang}.vtt`}
              srcLang={lang}
              label={lang === 'en' ? t('common.language.en') : t('common.language.ru')}
              default={language === lang}
            />
          ))}
        </video>
      </div>
      {failed ? (
        <div className={styles.beside}>
          <Notice tone="error" title={t('partnership.video.failedTitle')} live>
            <p>{t('partnership.video.failedBody')}</p>
            <button type="button" className={buttonClass('secondary')} onClick={retry}>
              {t('common.status.retry')}
            </button>
          </Notice>
        </div>
      ) : null}
      <div className={watched ? styles.gateOpen : styles.gateClosed}>
        <p id={GATE_MESSAGE_ID} className={styles.gateMessage}>
          {watched ? t('partnership.video.gateOpen') : t('partnership.video.gateClosed')}
        </p>
        <p className={styles.gateProgress}>{progress}</p>
      </div>
      <p className="visually-hidden" role="status">
        {watched ? t('partnership.video.gateOpen') : ''}
      </p>
      <p className={styles.hint} role="status">
        {gate.pulledBackTo !== null && !watched
          ? t('partnership.video.pulledBack', { time: formatClock(gate.pulledBackTo) })
          : ''}
      </p>
      {gate.saveFailed ? (
        <p className={styles.error} role="alert">
          {t('partnership.video.saveFailed')}
        </p>
      ) : null}
      <details className={styles.transcript}>
        <summary>{t('partnership.video.transcript')}</summary>
        {script.slides.map((slide) => (
          <div key={slide.title.en}>
            <h3>{slide.title[language].replaceAll('{platform}', NARRATED_PLATFORM)}</h3>
            <p>
              {slide.narration
                .map((sentence) => sentence[language].replaceAll('{platform}', NARRATED_PLATFORM))
                .join(' ')}
            </p>
          </div>
        ))}
      </details>
    </section>
  )
}
