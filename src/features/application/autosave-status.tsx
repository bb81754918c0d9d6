import { buttonClass } from '../../components/button'
import { useMessages } from '../../lib/i18n'
import type { AutosaveStatus as Status } from '../../lib/use-autosave'
import styles from './application.module.css'

function sameDay(a: Date, b: Date) {
  return a.toDateString() === b.toDateString()
}

/** When the draft was last saved (in the user's own clock), said politely to screen readers. */
export function AutosaveStatus({
  status,
  savedAt,
  onRetry,
}: {
  status: Status
  /** The last save: this visit's, or the server's from an earlier one. */
  savedAt: Date | null
  onRetry: () => void
}) {
  const { t, language } = useMessages('application')
  const locale = language === 'ru' ? 'ru-RU' : 'en-GB'
  const time = savedAt
    ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(savedAt)
    : ''
  const date = savedAt
    ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' }).format(savedAt)
    : ''
  let text = ''
  if (status === 'saving') text = t('application.autosave.saving')
  else if (status === 'error') text = t('application.autosave.error')
  else if (savedAt)
    text = sameDay(savedAt, new Date())
      ? t('application.autosave.savedAt', { time })
      : t('application.autosave.savedOn', { date, time })
  return (
    <div className={styles.autosave}>
      <p role="status" className={status === 'error' ? styles.autosaveError : styles.autosaveText}>
        {text}
      </p>
      {status === 'error' ? (
        <button type="button" className={buttonClass('link')} onClick={onRetry}>
          {t('application.autosave.retry')}
        </button>
      ) : null}
    </div>
  )
}
