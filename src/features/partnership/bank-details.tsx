import type { UseQueryResult } from '@tanstack/react-query'
import type { UseFormRegisterReturn } from 'react-hook-form'
import type { Bank, BankDetails } from '@/api/contract'
import { isApiError } from '@/api/errors'
import { buttonClass } from '@/components/button'
import { Field } from '@/components/field'
import { useMessages } from '@/lib/i18n'
import styles from './partnership.module.css'

export const BANK_FIELD_IDS = { bik: 'bank-bik', settlementAccount: 'bank-settlement-account' } as const

type Props = {
  /** Bank details already on file, when there are some. */
  onFile: BankDetails | null
  /** Whether the fields are shown (no details on file, or the user chose to change them). */
  editing: boolean
  onEdit: () => void
  onCancelEdit: () => void
  /** Where the details go: the billing account's name, or null when step 5 creates the account. */
  billingAccountName: string | null
  bik: UseFormRegisterReturn
  settlementAccount: UseFormRegisterReturn
  errors: { bik?: string; settlementAccount?: string }
  /** The directory's answer for the BIK typed so far (idle until it has 9 valid digits). */
  lookup: UseQueryResult<Bank>
  /** Whether the BIK typed so far is complete enough to look up. */
  lookupEnabled: boolean
}

/**
 * Bank details for the referral program: a BIK looked up in the bank directory (the bank's name and
 * correspondent account come from there) and a 20-digit settlement account checked against it.
 */
export function BankDetailsSection({
  onFile,
  editing,
  onEdit,
  onCancelEdit,
  billingAccountName,
  bik,
  settlementAccount,
  errors,
  lookup,
  lookupEnabled,
}: Props) {
  const { t } = useMessages('partnership', 'common')
  const where = billingAccountName
    ? t('partnership.bank.whereAccount', { account: billingAccountName })
    : t('partnership.bank.whereApplication')

  if (onFile && !editing) {
    return (
      <section className={styles.bank} aria-labelledby="bank-heading">
        <h3 id="bank-heading">{t('partnership.bank.title')}</h3>
        <p className={styles.success}>{t('partnership.bank.onFile')}</p>
        <BankFacts
          bank={{ name: onFile.bankName, bik: onFile.bik, correspondentAccount: onFile.correspondentAccount }}
          settlementAccount={onFile.settlementAccount}
        />
        <button type="button" className={buttonClass('secondary')} onClick={onEdit}>
          {t('partnership.bank.change')}
        </button>
      </section>
    )
  }

  const notFound = lookup.isError && isApiError(lookup.error) && lookup.error.kind === 'not_found'
  let answer = null
  if (lookupEnabled && lookup.isPending) answer = <p>{t('partnership.bank.lookingUp')}</p>
  else if (lookupEnabled && lookup.data) answer = <BankFacts bank={lookup.data} city={lookup.data.city} />
  else if (lookupEnabled && notFound && !errors.bik) answer = <p>{t('partnership.bank.notFound')}</p>

  return (
    <section className={styles.bank} aria-labelledby="bank-heading">
      <h3 id="bank-heading">{t('partnership.bank.title')}</h3>
      <p>{t('partnership.bank.lead')}</p>
      <p className={styles.hint}>{where}</p>
      <Field
        id={BANK_FIELD_IDS.bik}
        label={t('partnership.bank.bik')}
        hint={t('partnership.bank.bikHint')}
        error={errors.bik}
      >
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
          className={styles.shortInput}
          {...bik}
        />
      </Field>
      <div className={styles.lookup} role="status">
        {answer}
      </div>
      {lookupEnabled && lookup.isError && !notFound ? (
        <div className={styles.lookupFailed}>
          <p>{t('partnership.bank.lookupFailed')}</p>
          <button type="button" className={buttonClass('secondary')} onClick={() => void lookup.refetch()}>
            {t('common.status.retry')}
          </button>
        </div>
      ) : null}
      <Field
        id={BANK_FIELD_IDS.settlementAccount}
        label={t('partnership.bank.settlementAccount')}
        hint={t('partnership.bank.settlementAccountHint')}
        error={errors.settlementAccount}
      >
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={32}
          className={styles.accountInput}
          {...settlementAccount}
        />
      </Field>
      {onFile ? (
        <button type="button" className={buttonClass('link')} onClick={onCancelEdit}>
          {t('partnership.bank.keep')}
        </button>
      ) : null}
    </section>
  )
}

function BankFacts({
  bank,
  settlementAccount,
  city,
}: {
  bank: { name: string; bik: string; correspondentAccount: string }
  settlementAccount?: string
  city?: string
}) {
  const { t } = useMessages('partnership')
  return (
    <dl className={styles.facts}>
      <div>
        <dt>{t('partnership.bank.bankName')}</dt>
        <dd>{bank.name}</dd>
      </div>
      {city ? (
        <div>
          <dt>{t('partnership.bank.city')}</dt>
          <dd>{city}</dd>
        </div>
      ) : null}
      {settlementAccount ? (
        <div>
          <dt>{t('partnership.bank.bik')}</dt>
          <dd>{bank.bik}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('partnership.bank.correspondentAccount')}</dt>
        <dd className={styles.number}>{bank.correspondentAccount}</dd>
      </div>
      {settlementAccount ? (
        <div>
          <dt>{t('partnership.bank.settlementAccount')}</dt>
          <dd className={styles.number}>{settlementAccount}</dd>
        </div>
      ) : null}
    </dl>
  )
}
