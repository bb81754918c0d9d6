import { useEffect, useRef, useState } from 'react'
import type { BillingAccount } from '@/api/contract'
import { buttonClass } from '@/components/button'
import details from '@/components/details-list.module.css'
import { billingAccountEligibility } from '@/domain/billing-account-eligibility'
import { isOfferedCountry } from '@/domain/countries'
import { regionNames } from '@/lib/format'
import { useMessages } from '@/lib/i18n'
import styles from './application.module.css'
import { ConfirmDialog } from './confirm-dialog'

export const chooseButtonId = (account: BillingAccount) => `choose-${account.id}`
const ACCOUNT_ERROR_ID = 'billing-account-error'

/**
 * A billing account's country in the user's language: the countries step 5 offers by the names in
 * the catalogs, any other through `Intl.DisplayNames`. Its first use in a page loads ICU's region
 * names, 45–75 ms unthrottled in this machine's Chromium, inside the render that shows the accounts
 * (a task four times as long on a slow phone); the countries accounts have here need none of it.
 */
function useCountryName() {
  const { t, language } = useMessages('forms')
  return (code: string) => {
    if (isOfferedCountry(code)) return t(`forms.country.${code}`)
    try {
      return regionNames(language).of(code) ?? code
    } catch {
      return code
    }
  }
}

/** One billing account: what it is, and whether it meets the requirements (and, if not, which it misses). */
function AccountSummary({ account, titleId }: { account: BillingAccount; titleId: string }) {
  const { t } = useMessages('application')
  const country = useCountryName()
  const eligibility = billingAccountEligibility(account)
  return (
    <>
      <h3 id={titleId} className={styles.accountTitle}>
        {account.name}
      </h3>
      <p className={styles.accountFacts}>
        {t(`application.accounts.type.${account.type}`)} · {country(account.country)} ·{' '}
        {t(`application.accounts.payment.${account.paymentMethod}`)}
      </p>
      {eligibility.eligible ? (
        <p className={styles.meets}>
          <span aria-hidden="true">✓ </span>
          {t('application.accounts.meets')}
        </p>
      ) : (
        <div className={styles.misses}>
          <p>{t('application.accounts.misses')}</p>
          <ul>
            {eligibility.missing.map((requirement) => (
              <li key={requirement}>{t(`application.accounts.missing.${requirement}`)}</li>
            ))}
          </ul>
        </div>
      )}
    </>
  )
}

/** The organization's billing accounts, for reading only (when none of them qualifies). */
export function BillingAccountList({ accounts }: { accounts: BillingAccount[] }) {
  const { t } = useMessages('application')
  if (accounts.length === 0) return null
  return (
    <section aria-labelledby="accounts-list-title" className={styles.subsection}>
      <h3 id="accounts-list-title">{t('application.accounts.listTitle')}</h3>
      <ul className={styles.accounts}>
        {accounts.map((account) => (
          <li key={account.id} className={`${styles.account} ${styles.accountMuted}`}>
            <AccountSummary account={account} titleId={`account-${account.id}`} />
          </li>
        ))}
      </ul>
    </section>
  )
}

type ChoiceProps = {
  accounts: BillingAccount[]
  chosenId: string | null
  onChoose: (id: string) => void
  /** The error from the last Send request, in words. */
  error?: string
}

/**
 * Choosing the billing account whose company data goes into the application: only a qualifying one
 * can be chosen, after confirming that the choice is final; then it is locked and its company
 * data shown for checking.
 */
export function BillingAccountChoice({ accounts, chosenId, onChoose, error }: ChoiceProps) {
  const { t } = useMessages('application')
  const [asking, setAsking] = useState<BillingAccount | null>(null)
  const [justChosen, setJustChosen] = useState(false)
  const chosen = chosenId ? accounts.find((account) => account.id === chosenId) : undefined
  const lockedHeading = useRef<HTMLHeadingElement>(null)

  useEffect(() => {
    if (justChosen) lockedHeading.current?.focus()
  }, [justChosen])

  if (chosen) {
    const company = chosen.company
    return (
      <section aria-labelledby="chosen-account-title" className={styles.locked}>
        <h3 id="chosen-account-title" ref={lockedHeading} tabIndex={-1}>
          {t('application.accounts.chosenTitle', { name: chosen.name })}
        </h3>
        <p>{t('application.accounts.lockedNote')}</p>
        <h4>{t('application.accounts.companyTitle')}</h4>
        {company ? (
          <>
            <dl className={details.list}>
              <div className={details.wide}>
                <dt>{t('application.company.fullName')}</dt>
                <dd>{company.fullName}</dd>
              </div>
              <div>
                <dt>{t('application.company.tin')}</dt>
                <dd>{company.tin}</dd>
              </div>
              {company.kpp ? (
                <div>
                  <dt>{t('application.company.kpp')}</dt>
                  <dd>{company.kpp}</dd>
                </div>
              ) : null}
              <div>
                <dt>
                  {company.ogrn.length === 15
                    ? t('application.company.ogrnip')
                    : t('application.company.ogrn')}
                </dt>
                <dd>{company.ogrn}</dd>
              </div>
              <div className={details.wide}>
                <dt>{t('application.company.legalAddress')}</dt>
                <dd>{company.legalAddress}</dd>
              </div>
              <div className={details.wide}>
                <dt>{t('application.company.postalAddress')}</dt>
                <dd>{company.postalAddress}</dd>
              </div>
              <div className={details.wide}>
                <dt>{t('application.company.head')}</dt>
                <dd>
                  {company.headName}, {company.headPosition}
                </dd>
              </div>
            </dl>
            <p className={styles.hint}>{t('application.accounts.checkHint')}</p>
          </>
        ) : (
          <p>{t('application.accounts.noCompany')}</p>
        )}
      </section>
    )
  }

  return (
    <div className={styles.subsection}>
      <p>{t('application.accounts.chooseIntro')}</p>
      {error ? (
        <p className={styles.fieldError} id={ACCOUNT_ERROR_ID}>
          {error}
        </p>
      ) : null}
      <ul className={styles.accounts} aria-label={t('application.accounts.listTitle')}>
        {accounts.map((account) => {
          const eligible = billingAccountEligibility(account).eligible
          return (
            <li key={account.id} className={`${styles.account} ${eligible ? '' : styles.accountMuted}`}>
              <AccountSummary account={account} titleId={`account-${account.id}`} />
              {eligible ? (
                <button
                  type="button"
                  id={chooseButtonId(account)}
                  className={buttonClass('secondary')}
                  aria-labelledby={`${chooseButtonId(account)} account-${account.id}`}
                  aria-describedby={error ? ACCOUNT_ERROR_ID : undefined}
                  onClick={() => setAsking(account)}
                >
                  {t('application.accounts.choose')}
                </button>
              ) : null}
            </li>
          )
        })}
      </ul>
      <ConfirmDialog
        open={asking !== null}
        title={t('application.accounts.confirmTitle', { name: asking?.name ?? '' })}
        body={t('application.accounts.confirmBody')}
        confirmLabel={t('application.accounts.confirm')}
        cancelLabel={t('application.accounts.cancel')}
        onConfirm={() => {
          if (!asking) return
          setJustChosen(true)
          onChoose(asking.id)
          setAsking(null)
        }}
        onCancel={() => {
          const opener = asking ? document.getElementById(chooseButtonId(asking)) : null
          setAsking(null)
          opener?.focus()
        }}
      />
    </div>
  )
}
