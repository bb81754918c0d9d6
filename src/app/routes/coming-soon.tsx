import { useTranslation } from 'react-i18next'
import type { StepId } from '../../api/contract'
import { Notice } from '../../components/notice'
import { PageHeading } from '../../components/page-heading'

/** A step whose pages are not built yet: it says so plainly instead of pretending. */
export function ComingSoon({ step }: { step: StepId }) {
  const { t } = useTranslation('common')
  return (
    <>
      <PageHeading>{t(`steps.${step}`)}</PageHeading>
      <Notice tone="info">
        <p>{t('comingSoon.body')}</p>
      </Notice>
    </>
  )
}
