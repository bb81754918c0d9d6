import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { isApiError } from '@/api/errors'
import { buttonClass } from '@/components/button'
import { PageHeading } from '@/components/page-heading'
import { useMessages } from '@/lib/i18n'
import { NotFoundPage } from './not-found'

/** A route's error boundary: says what happened in words and offers a way back. */
export function RouteError() {
  const { t } = useMessages('common', 'forms')
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  const detail = isApiError(error) ? t(`forms.api.${error.kind}`) : t('common.routeError.body')
  if (!isApiError(error)) console.error(error)
  return (
    <div role="alert">
      <PageHeading>{t('common.routeError.title')}</PageHeading>
      <p>{detail}</p>
      <p style={{ display: 'flex', gap: 'var(--space-3)', flexWrap: 'wrap' }}>
        <button type="button" className={buttonClass('primary')} onClick={() => window.location.reload()}>
          {t('common.routeError.reload')}
        </button>
        <Link to="/" className={buttonClass('secondary')}>
          {t('common.routeError.home')}
        </Link>
      </p>
    </div>
  )
}
