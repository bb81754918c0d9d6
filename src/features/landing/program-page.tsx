import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { buttonClass } from '../../components/button'
import { PageHeading } from '../../components/page-heading'
import { config } from '../../config'
import { ReferralClosedNotice } from '../program/referral-notice'
import styles from './landing.module.css'

const BENEFITS = ['promote', 'sell', 'deliver'] as const

/** The partner program page: what the program gives, and Apply. */
export function ProgramPage() {
  const { t } = useTranslation('program')
  const platform = config.platformName
  return (
    <>
      <section className={styles.hero}>
        <p className={styles.eyebrow}>{t('eyebrow', { platform })}</p>
        <PageHeading>{t('title', { platform })}</PageHeading>
        <p className={styles.lead}>{t('lead', { platform })}</p>
        <p>{t('programs')}</p>
        <div className={styles.actions}>
          <Link to="/welcome" className={buttonClass('primary')}>
            {t('apply')}
          </Link>
        </div>
      </section>
      <ReferralClosedNotice />
      <section className={styles.section} aria-labelledby="benefits-heading">
        <h2 id="benefits-heading">{t('benefitsTitle')}</h2>
        <ul className={styles.benefits}>
          {BENEFITS.map((key) => (
            <li key={key} className={styles.benefit}>
              <h3>{t(`benefits.${key}.title`)}</h3>
              <p>{t(`benefits.${key}.body`, { platform })}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
