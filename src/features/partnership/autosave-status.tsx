import { formatDate } from '../../lib/format'
import { useMessages } from '../../lib/i18n'
import type { AutosaveStatus as Status } from '../../lib/use-autosave'
import styles from './partnership.module.css'

/** When the draft was last saved, or that it is kept in this browser until the server has it. */
export function AutosaveStatus({ status, savedAt }: { status: Status; savedAt: Date | null }) {
  const { t } = useMessages('partnership')
  let text = ''
  if (status === 'saving') text = t('partnership.autosave.saving')
  else if (status === 'error') text = t('partnership.autosave.failed')
  else if (savedAt)
    text = t('partnership.autosave.saved', { time: formatDate(savedAt, { timeStyle: 'short' }) })
  return (
    <p className={status === 'error' ? styles.autosaveFailed : styles.autosave} aria-live="polite">
      {text}
    </p>
  )
}
