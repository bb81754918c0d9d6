import { useQuery } from '@tanstack/react-query'
import { type InputHTMLAttributes, useEffect, useState } from 'react'
import type { CompanyCard } from '@/api/contract'
import { isApiError } from '@/api/errors'
import { buttonClass } from '@/components/button'
import { Field } from '@/components/field'
import { Notice } from '@/components/notice'
import { fillInput, useDemoHints } from '@/lib/demo-hints'
import { formatDate } from '@/lib/format'
import { translateError, useMessages } from '@/lib/i18n'
import { companyLookupQuery } from './api'
import { CompanyCardView, unitKey } from './company-card'
import styles from './company-lookup.module.css'
import { tinState } from './tin'

/** How long ten digits that fail the check wait for an 11th before they are flagged (a 12-digit TIN may follow). */
const UNFINISHED_TIN_MS = 600

export const TIN_FIELD_ID = 'tin'
export const COMPANY_ERROR_ID = 'company-error'

type Props = {
  /** The TIN as typed (the form owns it). */
  tin: string
  /** The input's props from the form (value binding, name, ref, handlers). */
  inputProps: InputHTMLAttributes<HTMLInputElement> & { ref?: React.Ref<HTMLInputElement> }
  /** The TIN's error from the last Send request, in words. */
  tinError?: string
  /** The company's error from the last Send request (not confirmed, inactive, a branch), in words. */
  companyError?: string
  /** The card the user confirmed, if any. */
  confirmed: CompanyCard | null
  onConfirm: (card: CompanyCard | null) => void
}

/**
 * The TIN field and what the registry says about it: nothing is asked until the TIN is complete
 * and valid; then the company's card (or cards: a head office and its branches), or the reason why
 * the company cannot apply, or a way to try again.
 */
export function CompanyLookup({ tin, inputProps, tinError, companyError, confirmed, onConfirm }: Props) {
  const { t } = useMessages('application', 'forms', 'common')
  const state = tinState(tin)
  const validTin = state.kind === 'valid' ? state.tin : null
  const lookup = useQuery({ ...companyLookupQuery(validTin ?? ''), enabled: validTin !== null })
  const [expanded, setExpanded] = useState<string | null>(null)

  // Ten digits failing the check are flagged after a short pause (the user may be typing 12).
  const [settled, setSettled] = useState<string | null>(null)
  const waiting = state.kind === 'invalid' && state.maybeUnfinished
  useEffect(() => {
    if (!waiting) return
    const timer = setTimeout(() => setSettled(tin), UNFINISHED_TIN_MS)
    return () => clearTimeout(timer)
  }, [waiting, tin])
  const liveError =
    state.kind === 'invalid' && (!state.maybeUnfinished || settled === tin)
      ? translateError(t, state.message)
      : undefined

  // A confirmed company belongs to its TIN: another TIN needs another check.
  useEffect(() => {
    if (confirmed && confirmed.tin !== validTin) onConfirm(null)
  }, [confirmed, validTin, onConfirm])

  const units =
    lookup.data?.suggestions ?? (confirmed && confirmed.tin === validTin ? [confirmed] : undefined)
  const head = units?.find((card) => card.branchType === 'head')
  const branches = units?.filter((card) => card.branchType === 'branch') ?? []

  // A TIN with branches: the head office is the one that can apply, so it comes chosen and open
  // (a branch's card is a fact, not a choice). A single company still waits for the user's check.
  const preselect = head && head.status === 'ACTIVE' && branches.length > 0 && !confirmed ? head : null
  useEffect(() => {
    if (!preselect) return
    setExpanded(unitKey(preselect))
    onConfirm(preselect)
  }, [preselect, onConfirm])

  function activate(card: CompanyCard) {
    const key = unitKey(card)
    setExpanded((current) => (current === key ? null : key))
    if (card.status === 'ACTIVE' && card.branchType === 'head') onConfirm(card)
  }

  const loading = validTin !== null && lookup.isFetching
  const status = loading
    ? t('application.lookup.searching')
    : validTin && head?.status === 'ACTIVE'
      ? t('application.lookup.found', { count: units?.length ?? 1 })
      : ''

  return (
    <div className={styles.lookup}>
      <Field
        id={TIN_FIELD_ID}
        label={t('application.lookup.tinLabel')}
        hint={t('application.lookup.tinHint')}
        error={tinError ?? liveError}
      >
        <input
          type="text"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          className={styles.tinInput}
          {...inputProps}
        />
      </Field>

      <DemoTinHints />

      <p role="status" className={styles.status}>
        {status}
      </p>

      {validTin && lookup.isError && !(isApiError(lookup.error) && lookup.error.kind === 'aborted') ? (
        <Notice headingLevel={3} tone="error" title={t('application.lookup.unavailableTitle')} live>
          <p>
            {isApiError(lookup.error) && lookup.error.kind !== 'unavailable'
              ? t(`forms.api.${lookup.error.kind}`)
              : t('application.lookup.unavailableBody')}
          </p>
          <button
            type="button"
            className={buttonClass('secondary')}
            onClick={() => void lookup.refetch()}
            disabled={lookup.isFetching}
          >
            {t('common.status.retry')}
          </button>
        </Notice>
      ) : null}

      {validTin && units && units.length === 0 ? (
        <Notice
          headingLevel={3}
          tone="warning"
          title={t('application.lookup.notFoundTitle', { tin: validTin })}
          live
        >
          <p>{t('application.lookup.notFoundBody')}</p>
          <button
            type="button"
            className={buttonClass('secondary')}
            onClick={() => document.getElementById(TIN_FIELD_ID)?.focus()}
          >
            {t('application.lookup.correctTin')}
          </button>
        </Notice>
      ) : null}

      {validTin && head && head.status !== 'ACTIVE' ? (
        <Notice
          headingLevel={3}
          tone="error"
          title={t('application.lookup.inactiveTitle', { name: head.shortName })}
          live
        >
          <p>
            {t(`application.lookup.inactive.${head.status}`, {
              date: head.statusDate ? formatDate(head.statusDate) : '—',
            })}
          </p>
          <p>{t('application.lookup.inactiveNext')}</p>
        </Notice>
      ) : null}

      {companyError ? (
        <p className={styles.error} id={COMPANY_ERROR_ID} tabIndex={-1}>
          {companyError}
        </p>
      ) : null}

      {validTin && units && units.length > 0 ? (
        <ul className={styles.units} aria-label={t('application.lookup.resultsLabel')}>
          {units.map((card) => {
            const key = unitKey(card)
            const isBranch = card.branchType === 'branch'
            const selected = confirmed !== null && unitKey(confirmed) === key
            return (
              <li key={key}>
                <CompanyCardView
                  card={card}
                  interactive={card.status === 'ACTIVE' && !isBranch}
                  expanded={expanded === key}
                  selected={selected}
                  onActivate={() => activate(card)}
                  describedBy={companyError ? COMPANY_ERROR_ID : undefined}
                >
                  {selected ? <p className={styles.confirmed}>{t('application.lookup.confirmed')}</p> : null}
                </CompanyCardView>
              </li>
            )
          })}
        </ul>
      ) : null}
    </div>
  )
}

/**
 * In a demo build, the mock registry's reserved TINs as chips that fill the field (src/lib/demo-hints.ts;
 * the mock layer provides them and their words). Nothing in a build against a real API.
 */
function DemoTinHints() {
  const { language } = useMessages('application')
  const hints = useDemoHints('tin')
  if (!hints || hints.hints.length === 0) return null
  return (
    <fieldset className={styles.demoHints}>
      <legend className={styles.demoHintsTitle}>{hints.title[language]}</legend>
      <ul className={styles.demoHintList}>
        {hints.hints.map((hint) => (
          <li key={hint.value}>
            <button
              type="button"
              className={styles.demoHint}
              onClick={() =>
                fillInput(document.getElementById(TIN_FIELD_ID) as HTMLInputElement | null, hint.value)
              }
            >
              {hint.value} · {hint.label[language]}
            </button>
          </li>
        ))}
      </ul>
    </fieldset>
  )
}
