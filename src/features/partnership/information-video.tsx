import { useEffect, useRef, useState } from 'react'
import { buttonClass } from '../../components/button'
import { Notice } from '../../components/notice'
import { config } from '../../config'
import { useMessages } from '../../lib/i18n'
import styles from './partnership.module.css'
import type { VideoGate } from './use-video-gate'
import script from './video-script.json'

const MEDIA = `${import.meta.env.BASE_URL}media/partner-program`
export const VIDEO_SRC = `${MEDIA}.webm`
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
 * The information video: native controls (keyboard operable), no autoplay, captions in the page's
 * language, a transcript, the gate's state in words, and a way to try again when it fails to load.
 */
export function InformationVideo({ gate }: { gate: VideoGate }) {
  const { t, language } = useMessages('partnership', 'common')
  const video = useRef<HTMLVideoElement>(null)
  const [failed, setFailed] = useState(false)
  const [attempt, setAttempt] = useState(0)
  const platform = config.platformName

  // The captions follow the page's language, also when it changes while the page is open.
  useEffect(() => {
    if (video.current) showCaptionsIn(video.current, language)
  }, [language])

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
          poster={`${MEDIA}.poster.jpg`}
          src={VIDEO_SRC}
          aria-label={t('partnership.video.label', { platform })}
          aria-describedby={GATE_MESSAGE_ID}
          onError={() => setFailed(true)}
          {...gate.handlers}
          onLoadedMetadata={(event) => {
            // Chromium's own track selection (before metadata) may turn on a second track.
            showCaptionsIn(event.currentTarget, language)
            gate.handlers.onLoadedMetadata(event)
          }}
        >
          <track
            kind="captions"
            src={`${MEDIA}.en.vtt`}
            srcLang="en"
            label={t('common.language.en')}
            default={language === 'en'}
          />
          <track
            kind="captions"
            src={`${MEDIA}.ru.vtt`}
            srcLang="ru"
            label={t('common.language.ru')}
            default={language === 'ru'}
          />
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
            <h3>{slide.title[language].replaceAll('{platform}', platform)}</h3>
            <p>
              {slide.narration
                .map((sentence) => sentence[language].replaceAll('{platform}', platform))
                .join(' ')}
            </p>
          </div>
        ))}
      </details>
    </section>
  )
}
