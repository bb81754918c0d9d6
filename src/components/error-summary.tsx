import { useEffect, useRef } from 'react'
import type { SummaryError } from '@/lib/form-errors'
import { pluralForm, useMessages } from '@/lib/i18n'
import styles from './error-summary.module.css'
import { StatusIcon } from './status-icon'

/** An entry of the summary: the field to move focus to, and the problem in words (src/lib/form-errors.ts). */
export type { SummaryError }

/**
 * The list of problems at the top of a form. It takes focus when it appears (after a submit), and
 * each entry moves focus to its field.
 */
export function ErrorSummary({ errors, focusKey }: { errors: SummaryError[]; focusKey: number }) {
  const { t, language } = useMessages('forms')
  const ref = useRef<HTMLDivElement>(null)

  // Focus when a new submit attempt (focusKey) has produced errors, not while the user corrects
  // them. The errors may render a moment after the attempt is counted, so the attempt waits for them.
  const focusedFor = useRef(0)
  useEffect(() => {
    if (focusKey > focusedFor.current && errors.length > 0) {
      focusedFor.current = focusKey
      ref.current?.focus()
    }
  }, [focusKey, errors.length])

  if (errors.length === 0) return null
  return (
    <div
      ref={ref}
      className={styles.summary}
      tabIndex={-1}
      role="alert"
      aria-labelledby="error-summary-title"
    >
      <StatusIcon tone="error" className={styles.icon} />
      <h2 id="error-summary-title" className={styles.title}>
        {/* Words chosen by Intl.PluralRules, not Lingui's plural: the first invalid submit would otherwise
            make the page's first Intl.NumberFormat (40–120 ms here, src/lib/i18n.ts › pluralForm). */}
        {t('forms.errors.summaryTitle', { count: errors.length, form: pluralForm(language, errors.length) })}
      </h2>
      <ul className={styles.list}>
        {errors.map((error) => (
          <li key={error.fieldId}>
            <a
              href={`#${error.fieldId}`}
              onClick={(event) => {
                event.preventDefault()
                const field = document.getElementById(error.fieldId)
                field?.focus()
                field?.scrollIntoView({ block: 'center' })
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  )
}
