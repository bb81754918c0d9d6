import { useTranslation } from 'react-i18next'
import { isRouteErrorResponse, Link, useRouteError } from 'react-router'
import { isApiError } from '../../api/errors'
import { buttonClass } from '../../components/button'
import { PageHeading } from '../../components/page-heading'
import { NotFoundPage } from './not-found'

/** A route's error boundary: says what happened in words and offers a way back. */
export function RouteError() {
  const { t } = useTranslation('common')
  const error = useRouteError()
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />
  const detail = isApiError(error) ? t(`api.${error.kind}`) : t('routeError.body')
  if (!isApiError(error)) console.error(error)
  return (
    <div role="alert">
      <PageHeading>{t('routeError.title')}</PageHeading>
      <p>{detail}</p>
      <p style={{ display: 'flex', gap: 'var(--space-3)', flexWrap: 'wrap' }}>
        <button type="button" className={buttonClass('primary')} onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
        <Link to="/" className={buttonClass('secondary')}>
          {t('routeError.home')}
        </Link>
      </p>
    </div>
  )
}
