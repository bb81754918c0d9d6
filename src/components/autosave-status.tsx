import { useEffect, useRef, useState } from 'react'
import { dateTimeFormat, localeOf } from '@/lib/format'
import { useMessages } from '@/lib/i18n'
import type { AutosaveStatus as Status } from '@/lib/use-autosave'
import styles from './autosave-status.module.css'
import { buttonClass } from './button'
import { Notice } from './notice'

function sameDay(a: Date, b: Date) {
  return a.toDateString() === b.toDateString()
}

/** A field the other tab saved differently, as the page words it (label and value as text). */
/** A field newer in the other tab; `changed` when its value cannot be shown in words (a choice's code). */
export type NewerField = { label: string; value: string; changed?: boolean }

/**
 * When a draft was last saved (in the user's own clock), said politely to screen readers; when a
 * save failed, that what was typed is kept in this browser (or that it could not be, when storage
 * is full), and a way to save now. When another tab saved the draft meanwhile: what is newer there,
 * that nothing typed here is lost, and the choice between keeping it and taking the newer version.
 */
export function AutosaveStatus({
  status,
  savedAt,
  onRetry,
  backupFailed = false,
  conflict = null,
  onKeepMine,
  onTakeTheirs,
}: {
  status: Status
  /** The last save: this visit's, or the server's from an earlier one. */
  savedAt: Date | null
  onRetry: () => void
  /** This browser could not keep a copy of what was typed (storage full or blocked). */
  backupFailed?: boolean
  /** With status 'conflict': the fields that are newer in the other tab. */
  conflict?: { newer: NewerField[] } | null
  onKeepMine?: () => void
  onTakeTheirs?: () => void
}) {
  const { t, language } = useMessages('forms')
  // Save now stays (busy) while it saves, so focus stays on it when the save fails again; once it
  // saved, focus goes to the words that say so rather than to the page.
  const [retrying, setRetrying] = useState(false)
  const statusRef = useRef<HTMLParagraphElement>(null)
  useEffect(() => {
    if (!retrying || status === 'saving' || status === 'error') return
    setRetrying(false)
    if (document.activeElement === document.body) statusRef.current?.focus()
  }, [retrying, status])
  const locale = localeOf(language)
  const time = savedAt ? dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(savedAt) : ''
  const date = savedAt ? dateTimeFormat(locale, { day: 'numeric', month: 'long' }).format(savedAt) : ''

  if (status === 'conflict') {
    return (
      <Notice tone="warning" title={t('forms.autosave.conflict.title')} live headingLevel={2}>
        <p>{t('forms.autosave.conflict.body')}</p>
        {conflict && conflict.newer.length > 0 ? (
          <>
            <p>{t('forms.autosave.conflict.newer')}</p>
            <dl className={styles.newer}>
              {conflict.newer.map((field) => (
                <div key={field.label}>
                  <dt>{field.label}</dt>
                  <dd>
                    {field.changed
                      ? t('forms.autosave.conflict.changed')
                      : field.value === ''
                        ? t('forms.autosave.conflict.empty')
                        : field.value}
                  </dd>
                </div>
              ))}
            </dl>
          </>
        ) : null}
        <div className={styles.actions}>
          <button type="button" className={buttonClass('secondary')} onClick={onKeepMine}>
            {t('forms.autosave.conflict.keepMine')}
          </button>
          <button type="button" className={buttonClass('secondary')} onClick={onTakeTheirs}>
            {t('forms.autosave.conflict.takeTheirs')}
          </button>
        </div>
      </Notice>
    )
  }

  let text = ''
  if (status === 'saving') text = t('forms.autosave.saving')
  else if (status === 'offline') text = t('forms.autosave.offline')
  else if (status === 'error')
    text = backupFailed ? t('forms.autosave.errorNoCopy') : t('forms.autosave.error')
  else if (savedAt)
    text = sameDay(savedAt, new Date())
      ? t('forms.autosave.savedAt', { time })
      : t('forms.autosave.savedOn', { date, time })
  return (
    <div className={styles.autosave}>
      <p
        ref={statusRef}
        tabIndex={-1}
        role="status"
        className={status === 'error' ? styles.error : styles.text}
      >
        {text}
      </p>
      {status === 'error' || (retrying && status === 'saving') ? (
        <button
          type="button"
          className={buttonClass('link')}
          aria-disabled={status === 'saving' || undefined}
          onClick={() => {
            if (status === 'saving') return
            setRetrying(true)
            onRetry()
          }}
        >
          {t('forms.autosave.retry')}
        </button>
      ) : null}
    </div>
  )
}
