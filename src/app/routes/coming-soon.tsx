import type { StepId } from '@/api/contract'
import { Notice } from '@/components/notice'
import { PageHeading } from '@/components/page-heading'
import { useMessages } from '@/lib/i18n'

/** A step whose pages are not built yet: it says so plainly instead of pretending. */
export function ComingSoon({ step }: { step: StepId }) {
  const { t } = useMessages('common', 'forms')
  return (
    <>
      <PageHeading>{t(`common.steps.${step}`)}</PageHeading>
      <Notice tone="info">
        <p>{t('forms.comingSoon.body')}</p>
      </Notice>
    </>
  )
}
