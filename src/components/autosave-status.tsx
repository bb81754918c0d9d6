import { useMessages } from '@/lib/i18n'
import type { AutosaveStatus as Status } from '@/lib/use-autosave'
import styles from './autosave-status.module.css'
import { buttonClass } from './button'

function sameDay(a: Date, b: Date) {
  return a.toDateString() === b.toDateString()
}

/**
 * When a draft was last saved (in the user's own clock), said politely to screen readers; when a
 * save failed, that what was typed is kept in this browser, and a way to save now.
 */
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
  const { t, language } = useMessages('forms')
  const locale = language === 'ru' ? 'ru-RU' : 'en-GB'
  const time = savedAt
    ? new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(savedAt)
    : ''
  const date = savedAt
    ? new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' }).format(savedAt)
    : ''
  let text = ''
  if (status === 'saving') text = t('forms.autosave.saving')
  else if (status === 'error') text = t('forms.autosave.error')
  else if (savedAt)
    text = sameDay(savedAt, new Date())
      ? t('forms.autosave.savedAt', { time })
      : t('forms.autosave.savedOn', { date, time })
  return (
    <div className={styles.autosave}>
      <p role="status" className={status === 'error' ? styles.error : styles.text}>
        {text}
      </p>
      {status === 'error' ? (
        <button type="button" className={buttonClass('link')} onClick={onRetry}>
          {t('forms.autosave.retry')}
        </button>
      ) : null}
    </div>
  )
}
