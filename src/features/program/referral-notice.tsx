import { useTranslation } from 'react-i18next'
import { Notice } from '../../components/notice'
import { useProgramSettings } from './api'

/** The seed's notice: shown while the API says the referral program takes no new partners. */
export function ReferralClosedNotice({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation('common')
  const settings = useProgramSettings()
  if (!settings.data || settings.data.referralProgramOpen) return null
  return (
    <Notice tone="warning" title={t('referralNotice.title')} headingLevel={headingLevel}>
      <p>{t('referralNotice.body')}</p>
    </Notice>
  )
}
