import type { CompanyCard } from '@/api/contract'
import details from '@/components/details-list.module.css'
import { formatDate } from '@/lib/format'
import { useMessages } from '@/lib/i18n'
import styles from './company-lookup.module.css'

/** A stable id for one unit of a company (the head office and branches share the TIN, not the KPP). */
export function unitKey(card: CompanyCard): string {
  return `${card.tin}-${card.kpp ?? 'ip'}`
}

export const cardButtonId = (card: CompanyCard) => `company-${unitKey(card)}`

type Props = {
  card: CompanyCard
  /** Whether activating the card opens its Additional information (active companies only). */
  interactive: boolean
  expanded: boolean
  selected: boolean
  onActivate: () => void
  /** The id of an error about the company, tied to the card's button. */
  describedBy?: string
  /** Shown inside Additional information (the branch's way forward). */
  children?: React.ReactNode
}

/**
 * The registry's card of one company: name with legal form, identifiers, address, head and status.
 * Activating it (a click anywhere on it, or its button) opens Additional information. Everything
 * from the registry is rendered as text.
 */
export function CompanyCardView({
  card,
  interactive,
  expanded,
  selected,
  onActivate,
  describedBy,
  children,
}: Props) {
  const { t } = useMessages('application')
  const key = unitKey(card)
  const titleId = `company-title-${key}`
  const infoId = `company-info-${key}`
  const individual = card.kind === 'individual'
  const active = card.status === 'ACTIVE'
  return (
    <div className={styles.unit}>
      <article
        className={`${styles.card} ${interactive ? styles.interactive : ''} ${selected ? styles.selected : ''}`}
        aria-labelledby={titleId}
      >
        <h3 id={titleId} className={styles.cardTitle}>
          {card.shortName}
        </h3>
        <p className={styles.fullName}>{card.fullName}</p>
        <ul className={styles.badges} aria-label={t('application.company.badges')}>
          <li className={active ? styles.badgeOk : styles.badgeBad}>
            {t(`application.company.status.${card.status}`)}
          </li>
          <li className={styles.badge}>
            {individual
              ? t('application.company.individual')
              : card.branchType === 'head'
                ? t('application.company.headOffice')
                : t('application.company.branch')}
          </li>
          {selected ? <li className={styles.badgeOk}>{t('application.company.selected')}</li> : null}
        </ul>
        <dl className={details.list}>
          <div>
            <dt>{t('application.company.tin')}</dt>
            <dd>{card.tin}</dd>
          </div>
          {individual ? null : (
            <div>
              <dt>{t('application.company.kpp')}</dt>
              <dd>{card.kpp}</dd>
            </div>
          )}
          <div>
            <dt>{individual ? t('application.company.ogrnip') : t('application.company.ogrn')}</dt>
            <dd>{card.ogrn}</dd>
          </div>
          <div className={details.wide}>
            <dt>{t('application.company.address')}</dt>
            <dd>{card.address}</dd>
          </div>
          {card.head ? (
            <div className={details.wide}>
              <dt>{t('application.company.head')}</dt>
              <dd>
                {card.head.name}, {card.head.position}
              </dd>
            </div>
          ) : null}
        </dl>
        {interactive ? (
          <button
            type="button"
            id={cardButtonId(card)}
            className={styles.cardButton}
            aria-expanded={expanded}
            aria-controls={infoId}
            aria-labelledby={`${cardButtonId(card)} ${titleId}`}
            aria-describedby={describedBy}
            onClick={onActivate}
          >
            {t('application.company.check')}
          </button>
        ) : null}
      </article>
      {interactive ? (
        <section id={infoId} className={styles.info} hidden={!expanded} aria-labelledby={`${infoId}-title`}>
          <h4 id={`${infoId}-title`}>{t('application.company.additional')}</h4>
          <dl className={details.list}>
            <div>
              <dt>{t('application.company.registrationDate')}</dt>
              <dd>{formatDate(card.registrationDate)}</dd>
            </div>
            {individual ? null : (
              <div>
                <dt>{t('application.company.unitType')}</dt>
                <dd>
                  {card.branchType === 'head'
                    ? t('application.company.headOffice')
                    : t('application.company.branch')}
                </dd>
              </div>
            )}
            <div className={details.wide}>
              <dt>{t('application.company.mainActivity')}</dt>
              <dd>
                {card.mainActivity.code} {card.mainActivity.name}
              </dd>
            </div>
            <div className={details.wide}>
              <dt>{t('application.company.fullName')}</dt>
              <dd>{card.fullName}</dd>
            </div>
            <div className={details.wide}>
              <dt>{t('application.company.legalForm')}</dt>
              <dd>{card.legalForm}</dd>
            </div>
            <div>
              <dt>{t('application.company.postalCode')}</dt>
              <dd>{card.postalCode}</dd>
            </div>
            {individual ? (
              <div className={details.wide}>
                <dt>{t('application.company.kpp')}</dt>
                <dd>{t('application.company.noKpp')}</dd>
              </div>
            ) : null}
          </dl>
          {children}
        </section>
      ) : null}
    </div>
  )
}
