import { Notice } from '@/components/notice'
import { useMessages } from '@/lib/i18n'
import { useProgramSettings } from './api'

/** The seed's notice: shown while the API says the referral program takes no new partners. */
export function ReferralClosedNotice({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useMessages('common')
  const settings = useProgramSettings()
  if (!settings.data || settings.data.referralProgramOpen) return null
  return (
    <Notice tone="warning" title={t('common.referralNotice.title')} headingLevel={headingLevel}>
      <p>{t('common.referralNotice.body')}</p>
    </Notice>
  )
}
