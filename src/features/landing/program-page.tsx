import { Link } from 'react-router'
import { PATHS } from '@/api/paths'
import { buttonClass } from '@/components/button'
import { PageHeading } from '@/components/page-heading'
import { config } from '@/config'
import { ReferralClosedNotice } from '@/features/program'
import { useMessages } from '@/lib/i18n'
import styles from './landing.module.css'

const BENEFITS = ['promote', 'sell', 'deliver'] as const

/** The partner program page: what the program gives, and Apply. */
export function ProgramPage() {
  const { t } = useMessages('program')
  const platform = config.platformName
  return (
    <>
      <section className={styles.hero}>
        <p className={styles.eyebrow}>{t('program.eyebrow', { platform })}</p>
        <PageHeading>{t('program.title', { platform })}</PageHeading>
        <p className={styles.lead}>{t('program.lead', { platform })}</p>
        {/* Apply right after the lead: above the fold on a phone too. */}
        <div className={styles.actions}>
          <Link to={PATHS.welcome} className={buttonClass('primary')}>
            {t('program.apply')}
          </Link>
        </div>
        <p className={styles.programsNote}>{t('program.programs')}</p>
      </section>
      <ReferralClosedNotice />
      <section className={styles.section} aria-labelledby="benefits-heading">
        <h2 id="benefits-heading">{t('program.benefitsTitle')}</h2>
        <ul className={styles.benefits}>
          {BENEFITS.map((key) => (
            <li key={key} className={styles.benefit}>
              <h3>{t(`program.benefits.${key}.title`)}</h3>
              <p>{t(`program.benefits.${key}.body`, { platform })}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  )
}
