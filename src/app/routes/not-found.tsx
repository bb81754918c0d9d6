import { Link } from 'react-router'
import { buttonClass } from '@/components/button'
import { PageHeading } from '@/components/page-heading'
import { useMessages } from '@/lib/i18n'

export function NotFoundPage() {
  const { t } = useMessages('common')
  return (
    <>
      <PageHeading>{t('common.notFound.title')}</PageHeading>
      <p>{t('common.notFound.body')}</p>
      <Link to="/" className={buttonClass('primary')}>
        {t('common.notFound.home')}
      </Link>
    </>
  )
}
