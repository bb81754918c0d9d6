/**
 * A bank account as Russian bank details give it: the BIK, looked up in the bank directory (the
 * bank's name, city and correspondent account come from there, never typed), and the 20-digit
 * settlement account, which the form's schema checks against the BIK with the Bank of Russia's
 * control key (src/lib/identifiers.ts). Both stay strings from input to API (a leading zero counts).
 */
import type { UseFormRegisterReturn } from 'react-hook-form'
import { buttonClass } from '@/components/button'
import facts from '@/components/details-list.module.css'
import { Field } from '@/components/field'
import { useMessages } from '@/lib/i18n'
import styles from './bank-account-fields.module.css'
import type { BankLookup } from './bank-lookup'

/** What `form.field(name)` gives: the control's id, its label and its error in words. */
type FieldProps = { id: string; label: string; error: string | undefined }

export type BankAccountFieldsProps = {
  /** The directory's answer for the BIK typed so far (`useBankLookup`). */
  lookup: BankLookup
  bik: FieldProps
  bikInput: UseFormRegisterReturn
  settlementAccount: FieldProps
  settlementAccountInput: UseFormRegisterReturn
}

export function BankAccountFields({
  lookup,
  bik,
  bikInput,
  settlementAccount,
  settlementAccountInput,
}: BankAccountFieldsProps) {
  const { t } = useMessages('forms', 'common')
  const { query } = lookup
  /** The directory's three facts; while it is asked, in their place, so its answer moves nothing. */
  const bankFacts = (bank: { name: string; city: string; correspondentAccount: string } | null) => (
    <dl
      className={bank ? facts.list : `${facts.list} ${styles.waiting}`}
      aria-hidden={bank ? undefined : true}
    >
      <div>
        <dt>{t('forms.bank.bankName')}</dt>
        <dd>{bank ? bank.name : t('forms.bank.lookingUp')}</dd>
      </div>
      <div>
        <dt>{t('forms.bank.city')}</dt>
        <dd>{bank ? bank.city : '…'}</dd>
      </div>
      {/* Twenty digits: a column of their own, so the number never breaks (it did at 1280 px). */}
      <div className={facts.wide}>
        <dt>{t('forms.bank.correspondentAccount')}</dt>
        <dd className={styles.number}>{bank ? bank.correspondentAccount : '…'}</dd>
      </div>
    </dl>
  )
  let answer = null
  // While the directory is asked, its answer's place is kept: the fields and the form's button below
  // it stay where they are (the answer used to push "Next" 38 px down, so a press that began on it
  // could end beside it and send nothing). Assistive technology hears the words only.
  if (lookup.asked && query.isPending)
    answer = (
      <>
        <p className="visually-hidden">{t('forms.bank.lookingUp')}</p>
        {bankFacts(null)}
      </>
    )
  else if (lookup.asked && query.data) answer = bankFacts(query.data)
  // The field's own error already says so once the form was checked.
  else if (lookup.notFound && !bik.error) answer = <p>{t('forms.bank.notFound')}</p>
  else if (lookup.failed) answer = <p>{t('forms.bank.lookupFailed')}</p>

  return (
    <>
      <Field {...bik} hint={t('forms.bank.bikHint')}>
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={20}
          className={styles.bik}
          {...bikInput}
        />
      </Field>
      <div className={styles.lookup} role="status">
        {answer}
      </div>
      {lookup.failed ? (
        <p className={styles.retry}>
          <button type="button" className={buttonClass('secondary')} onClick={() => void query.refetch()}>
            {t('common.status.retry')}
          </button>
        </p>
      ) : null}
      <Field {...settlementAccount} hint={t('forms.bank.settlementAccountHint')}>
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={32}
          className={styles.account}
          {...settlementAccountInput}
        />
      </Field>
    </>
  )
}
