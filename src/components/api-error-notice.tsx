import { type ReactNode, useRef } from 'react'
import { isApiError } from '@/api/errors'
import { useMessages } from '@/lib/i18n'
import { buttonClass } from './button'
import { Notice } from './notice'

/** A failed request, in words, with a way to try again. Nothing the user typed is touched. */
export function ApiErrorNotice({
  error,
  onRetry,
  retrying = false,
  title,
  children,
}: {
  error: unknown
  onRetry?: () => void
  /**
   * Trying again now: the notice stays, its button stays focusable but says it is busy, so focus
   * stays on it when the next answer comes (a failure again, or the page moves on).
   */
  retrying?: boolean
  title?: string
  /** More detail after the words (e.g. the server's problems that belong to no field). */
  children?: ReactNode
}) {
  const { t } = useMessages('forms', 'common')
  const kind = isApiError(error) ? error.kind : 'server'
  // Each new failure replaces the words (a new node in the alert), so it is announced even when it
  // says the same as the last one; the notice itself, and the focused button, stay.
  const shown = useRef({ error, count: 0 })
  if (shown.current.error !== error) shown.current = { error, count: shown.current.count + 1 }
  return (
    <Notice tone="error" title={title} live>
      <p key={shown.current.count}>{t(`forms.api.${kind}`)}</p>
      {children}
      {onRetry ? (
        <button
          type="button"
          className={buttonClass('secondary')}
          aria-disabled={retrying || undefined}
          onClick={() => {
            if (!retrying) onRetry()
          }}
        >
          {t('common.status.retry')}
        </button>
      ) : null}
    </Notice>
  )
}
