import type { ReactNode } from 'react'
import { isApiError } from '@/api/errors'
import { useMessages } from '@/lib/i18n'
import { buttonClass } from './button'
import { Notice } from './notice'

/** A failed request, in words, with a way to try again. Nothing the user typed is touched. */
export function ApiErrorNotice({
  error,
  onRetry,
  title,
  children,
}: {
  error: unknown
  onRetry?: () => void
  title?: string
  /** More detail after the words (e.g. the server's problems that belong to no field). */
  children?: ReactNode
}) {
  const { t } = useMessages('forms', 'common')
  const kind = isApiError(error) ? error.kind : 'server'
  return (
    <Notice tone="error" title={title} live>
      <p>{t(`forms.api.${kind}`)}</p>
      {children}
      {onRetry ? (
        <button type="button" className={buttonClass('secondary')} onClick={onRetry}>
          {t('common.status.retry')}
        </button>
      ) : null}
    </Notice>
  )
}
