import type { BankDetails } from '@/api/contract'
import { buttonClass } from '@/components/button'
import { BankAccountFields, type BankAccountFieldsProps } from '@/components/identifiers/bank-account-fields'
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
  /** The BIK and settlement account fields, with the directory's answer for the BIK. */
  fields: BankAccountFieldsProps
}

/**
 * Bank details for the referral program: those on file, or the shared BIK and settlement account
 * fields (`BankAccountFields`: the BIK looked up in the bank directory, the account checked against it).
 */
export function BankDetailsSection({
  onFile,
  editing,
  onEdit,
  onCancelEdit,
  billingAccountName,
  fields,
}: Props) {
  const { t } = useMessages('partnership', 'forms')
  const where = billingAccountName
    ? t('partnership.bank.whereAccount', { account: billingAccountName })
    : t('partnership.bank.whereApplication')

  if (onFile && !editing) {
    return (
      <section className={styles.bank} aria-labelledby="bank-heading">
        <h3 id="bank-heading">{t('partnership.bank.title')}</h3>
        <p className={styles.success}>{t('partnership.bank.onFile')}</p>
        <BankFacts details={onFile} />
        <button type="button" className={buttonClass('secondary')} onClick={onEdit}>
          {t('partnership.bank.change')}
        </button>
      </section>
    )
  }

  return (
    <section className={styles.bank} aria-labelledby="bank-heading">
      <h3 id="bank-heading">{t('partnership.bank.title')}</h3>
      <p>{t('partnership.bank.lead')}</p>
      <p className={styles.hint}>{where}</p>
      <BankAccountFields {...fields} />
      {onFile ? (
        <button type="button" className={buttonClass('link')} onClick={onCancelEdit}>
          {t('partnership.bank.keep')}
        </button>
      ) : null}
    </section>
  )
}

/** The bank details on file, as they were saved (the bank's name from the directory). */
function BankFacts({ details }: { details: BankDetails }) {
  const { t } = useMessages('forms')
  return (
    <dl className={styles.facts}>
      <div>
        <dt>{t('forms.bank.bankName')}</dt>
        <dd>{details.bankName}</dd>
      </div>
      <div>
        <dt>{t('forms.bank.bik')}</dt>
        <dd>{details.bik}</dd>
      </div>
      <div>
        <dt>{t('forms.bank.correspondentAccount')}</dt>
        <dd className={styles.number}>{details.correspondentAccount}</dd>
      </div>
      <div>
        <dt>{t('forms.bank.settlementAccount')}</dt>
        <dd className={styles.number}>{details.settlementAccount}</dd>
      </div>
    </dl>
  )
}
