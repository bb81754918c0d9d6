import { Link, useNavigate } from 'react-router'
import { PATHS } from '@/api/paths'
import { STEP_IDS } from '@/api/step-ids'
import { buttonClass } from '@/components/button'
import { PageHeading } from '@/components/page-heading'
import { config } from '@/config'
import { PROGRAM_TERMS } from '@/domain/program-terms'
import { PROGRAM_TERMS_TEXT } from '@/domain/program-terms-text.gen'
import { ReferralClosedNotice, useProgramSettings } from '@/features/program'
import { useMessages } from '@/lib/i18n'
import styles from './landing.module.css'

const NEEDS = ['organization', 'tin', 'billingAccount'] as const

/** The steps as numbered here (the app's step list numbers them the same: src/app/steps.ts). */
const STEPS = STEP_IDS.map((id, index) => ({ id, number: index + 1 }))

/**
 * Step 1: the steps to partner status and the benefits, ending with "Let's get started!".
 * `onStart` records that the applicant started (the app's progress: src/app/routes/welcome.tsx).
 */
export function WelcomePage({ onStart }: { onStart: () => void }) {
  const { t, language } = useMessages('welcome', 'common')
  const navigate = useNavigate()
  const settings = useProgramSettings()
  const platform = config.platformName
  const referralClosed = settings.data ? !settings.data.referralProgramOpen : false
  const { direct, referral } = PROGRAM_TERMS
  // Money and the date as text made ahead (src/domain/program-terms-text.gen.ts says why).
  const termsText = PROGRAM_TERMS_TEXT[language]

  return (
    <>
      <PageHeading>{t('welcome.title')}</PageHeading>
      <p className={styles.lead}>{t('welcome.lead', { platform })}</p>
      {/* The way on near the top too, so a phone need not scroll the long page first (a link here; the
          page's button stays at the end). */}
      <div className={styles.topAction}>
        <Link to={PATHS['sign-in']} className={buttonClass('primary')} onClick={onStart}>
          {t('welcome.start')}
        </Link>
      </div>

      <section className={styles.section} aria-labelledby="steps-heading">
        <h2 id="steps-heading">{t('welcome.stepsTitle')}</h2>
        <ol className={styles.steps}>
          {STEPS.map((step) => (
            <li key={step.id} className={styles.stepItem}>
              <span className={styles.stepNumber} aria-hidden="true">
                {step.number}
              </span>
              <div>
                <h3>
                  <span className="visually-hidden">
                    {t('common.steps.stepOf', { number: step.number, total: STEPS.length })}:{' '}
                  </span>
                  {t(`common.steps.${step.id}`)}
                </h3>
                <p>
                  {t(`welcome.steps.${step.id}`, { platform, days: settings.data?.reviewBusinessDays ?? 7 })}
                </p>
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section className={styles.section} aria-labelledby="benefits-heading">
        <h2 id="benefits-heading">{t('welcome.benefitsTitle')}</h2>
        <ReferralClosedNotice headingLevel={3} />
        <div className={styles.programs}>
          <article className={styles.program} aria-labelledby="direct-heading">
            <h3 id="direct-heading">{t('welcome.direct.title')}</h3>
            <p>{t('welcome.direct.body', { platform })}</p>
            <ul>
              <li>
                {t('welcome.direct.bonus', { base: direct.baseBonusPercent, deal: direct.dealBonusPercent })}
              </li>
              <li>{t('welcome.direct.requirements')}</li>
            </ul>
          </article>
          <article className={styles.program} aria-labelledby="referral-heading">
            <h3 id="referral-heading">{t('welcome.referral.title')}</h3>
            {referralClosed ? <p className={styles.badge}>{t('welcome.referral.closedBadge')}</p> : null}
            <p>{t('welcome.referral.body', { platform })}</p>
            <ul>
              <li>
                {t('welcome.referral.commission', {
                  percent: referral.commissionPercent,
                  cap: termsText.monthlyCap,
                  months: referral.months,
                })}
              </li>
              <li>{t('welcome.referral.payout', { minimum: termsText.minimumPayout })}</li>
              <li>{t('welcome.referral.bankDetails')}</li>
            </ul>
          </article>
        </div>
        <p className={styles.terms}>{t('welcome.termsNote', { date: termsText.checkedOn })}</p>
      </section>

      <section className={styles.section} aria-labelledby="needs-heading">
        <h2 id="needs-heading">{t('welcome.needsTitle')}</h2>
        <ul className={styles.needs}>
          {NEEDS.map((need) => (
            <li key={need}>{t(`welcome.needs.${need}`, { platform })}</li>
          ))}
        </ul>
        <p>{t('welcome.needsBillingHint')}</p>
      </section>

      <div className={styles.actions}>
        <button
          type="button"
          className={buttonClass('primary')}
          onClick={() => {
            onStart()
            navigate(PATHS['sign-in'])
          }}
        >
          {t('welcome.start')}
        </button>
      </div>
    </>
  )
}
