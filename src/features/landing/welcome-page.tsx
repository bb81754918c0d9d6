import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { markStarted } from '../../app/progress'
import { STEPS } from '../../app/steps'
import { buttonClass } from '../../components/button'
import { PageHeading } from '../../components/page-heading'
import { config } from '../../config'
import { formatMoney } from '../../lib/format'
import { useProgramSettings } from '../program/api'
import { ReferralClosedNotice } from '../program/referral-notice'
import styles from './landing.module.css'

const NEEDS = ['organization', 'tin', 'billingAccount'] as const

/** Step 1: the steps to partner status and the benefits, ending with "Let's get started!". */
export function WelcomePage() {
  const { t } = useTranslation(['welcome', 'common'])
  const navigate = useNavigate()
  const settings = useProgramSettings()
  const platform = config.platformName
  const referralClosed = settings.data ? !settings.data.referralProgramOpen : false

  return (
    <>
      <PageHeading>{t('title')}</PageHeading>
      <p className={styles.lead}>{t('lead', { platform })}</p>

      <section className={styles.section} aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('stepsTitle')}</h2>
        <ol className={styles.steps}>
          {STEPS.map((step) => (
            <li key={step.id} className={styles.stepItem}>
              <span className={styles.stepNumber} aria-hidden="true">
                {step.number}
              </span>
              <div>
                <h3>
                  <span className="visually-hidden">
                    {t('common:steps.stepOf', { number: step.number, total: STEPS.length })}:{' '}
                  </span>
                  {t(`common:steps.${step.id}`)}
                </h3>
                <p>{t(`steps.${step.id}`, { platform, days: settings.data?.reviewBusinessDays ?? 7 })}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section className={styles.section} aria-labelledby="benefits-heading">
        <h2 id="benefits-heading">{t('benefitsTitle')}</h2>
        <ReferralClosedNotice headingLevel={3} />
        <div className={styles.programs}>
          <article className={styles.program} aria-labelledby="direct-heading">
            <h3 id="direct-heading">{t('direct.title')}</h3>
            <p>{t('direct.body', { platform })}</p>
            <ul>
              <li>{t('direct.bonus', { base: 20, deal: 15 })}</li>
              <li>{t('direct.requirements')}</li>
            </ul>
          </article>
          <article className={styles.program} aria-labelledby="referral-heading">
            <h3 id="referral-heading">{t('referral.title')}</h3>
            {referralClosed ? <p className={styles.badge}>{t('referral.closedBadge')}</p> : null}
            <p>{t('referral.body', { platform })}</p>
            <ul>
              <li>
                {t('referral.commission', {
                  percent: 10,
                  cap: formatMoney(100_000),
                  months: 12,
                })}
              </li>
              <li>{t('referral.payout', { minimum: formatMoney(500) })}</li>
              <li>{t('referral.bankDetails')}</li>
            </ul>
          </article>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="needs-heading">
        <h2 id="needs-heading">{t('needsTitle')}</h2>
        <ul className={styles.needs}>
          {NEEDS.map((need) => (
            <li key={need}>{t(`needs.${need}`, { platform })}</li>
          ))}
        </ul>
        <p>{t('needsBillingHint')}</p>
      </section>

      <div className={styles.actions}>
        <button
          type="button"
          className={buttonClass('primary')}
          onClick={() => {
            markStarted()
            navigate('/sign-in')
          }}
        >
          {t('start')}
        </button>
      </div>
    </>
  )
}
