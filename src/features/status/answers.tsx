/**
 * Every answer given, grouped by step, in the GOV.UK check-answers manner: each group a summary list
 * with a Change link while the application can still change (here: the answers the manager asked
 * about, in an information-needed round; everything else is locked under review).
 */

import { Link } from 'react-router'
import type { Application, BillingAccount, RequestableField } from '@/api/contract'
import { PATHS } from '@/api/paths'
import { config } from '@/config'
import { CONSUMPTION_BOUNDS } from '@/features/partnership'
import { formatMoney, formatNumber } from '@/lib/format'
import { type Translate, useMessages } from '@/lib/i18n'
import { fixAnchor } from './fields'
import styles from './status.module.css'

type Row = { label: string; value: string; field?: RequestableField }
type Group = { id: string; title: string; step: number; rows: Row[] }

function consumptionLabel(t: Translate, value: keyof typeof CONSUMPTION_BOUNDS): string {
  const [from, to] = CONSUMPTION_BOUNDS[value]
  if (from === null && to !== null) return t('partnership.q.consumption.below', { amount: formatMoney(to) })
  if (to === null && from !== null) return t('partnership.q.consumption.above', { amount: formatMoney(from) })
  return t('partnership.q.consumption.between', { from: formatMoney(from ?? 0), to: formatMoney(to ?? 0) })
}

function groupsOf(t: Translate, application: Application, account: BillingAccount | null): Group[] {
  const platform = config.platformName
  const none = t('status.answers.none')
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : none)
  const groups: Group[] = []
  const contacts = application.contacts
  if (contacts)
    groups.push({
      id: 'contacts',
      title: t('status.answers.contacts'),
      step: 3,
      rows: [
        { label: t('status.answers.contacts.name'), value: contacts.name, field: 'contacts.name' },
        {
          label: t('status.answers.contacts.position'),
          value: contacts.position,
          field: 'contacts.position',
        },
        { label: t('status.answers.contacts.email'), value: contacts.email, field: 'contacts.email' },
        { label: t('status.answers.contacts.phone'), value: contacts.phone, field: 'contacts.phone' },
      ],
    })
  const company =
    application.company?.source === 'tin'
      ? {
          name: application.company.company.fullName,
          tin: application.company.company.tin,
          kpp: application.company.company.kpp,
          ogrn: application.company.company.ogrn,
          address: application.company.company.address,
          source: t('status.answers.company.fromRegistry'),
        }
      : account?.company
        ? {
            name: account.company.fullName,
            tin: account.company.tin,
            kpp: account.company.kpp,
            ogrn: account.company.ogrn,
            address: account.company.legalAddress,
            source: t('status.answers.company.fromAccount', { name: account.name }),
          }
        : null
  if (company)
    groups.push({
      id: 'company',
      title: t('status.answers.company'),
      step: 3,
      rows: [
        { label: t('status.answers.company.name'), value: company.name },
        { label: t('status.answers.company.tin'), value: company.tin },
        ...(company.kpp ? [{ label: t('status.answers.company.kpp'), value: company.kpp }] : []),
        { label: t('status.answers.company.ogrn'), value: company.ogrn },
        { label: t('status.answers.company.address'), value: company.address },
        { label: t('status.answers.company.source'), value: company.source },
      ],
    })
  const partnership = application.partnership
  if (partnership)
    groups.push({
      id: 'partnership',
      title: t('status.answers.partnership'),
      step: 4,
      rows: [
        {
          label: t('status.answers.partnership.types'),
          value: list(partnership.types.map((type) => t(`status.program.${type}`))),
        },
        {
          label: t('status.answers.partnership.taxation'),
          value: t(`partnership.taxation.${partnership.taxation}`),
        },
      ],
    })
  const q = application.questionnaire
  if (q)
    groups.push({
      id: 'profile',
      title: t('status.answers.profile'),
      step: 4,
      rows: [
        { label: t('partnership.q.size'), value: t(`partnership.q.size.${q.companySize}`) },
        {
          label: t('partnership.q.engineers', { platform }),
          value: formatNumber(q.certifiedEngineers),
          field: 'questionnaire.certifiedEngineers',
        },
        {
          label: t('status.answers.profile.website'),
          value: q.website || none,
          field: 'questionnaire.website',
        },
        {
          label: t('partnership.q.expertise'),
          value: list(q.expertise.map((value) => t(`partnership.q.expertise.${value}`))),
        },
        {
          label: t('partnership.q.otherClouds'),
          value: list(q.otherClouds.map((value) => t(`partnership.q.cloud.${value}`, { platform }))),
        },
        {
          label: t('partnership.q.industries'),
          value: list(q.industries.map((value) => t(`partnership.q.industry.${value}`))),
        },
        {
          label: t('partnership.q.customers'),
          value: list(q.customers.map((value) => t(`partnership.q.customer.${value}`))),
        },
        {
          label: t('partnership.q.regions'),
          value: list(q.regions.map((value) => t(`partnership.q.region.${value}`))),
        },
        {
          label: t('partnership.q.consumption', { platform }),
          value: consumptionLabel(t, q.monthlyConsumption),
        },
        {
          label: t('status.answers.profile.comment'),
          value: q.comment || none,
          field: 'questionnaire.comment',
        },
      ],
    })
  if (application.billingAccountId)
    groups.push({
      id: 'billing',
      title: t('status.answers.billing'),
      step: 5,
      rows: account
        ? [
            { label: t('status.answers.billing.name'), value: account.name },
            { label: t('status.answers.billing.id'), value: account.id },
            {
              label: t('status.answers.billing.type'),
              value: t(`status.answers.billing.type.${account.type}`),
            },
            {
              label: t('status.answers.billing.payment'),
              value: t(`status.answers.billing.payment.${account.paymentMethod}`),
            },
            {
              label: t('status.answers.billing.state'),
              value: t(account.paid ? 'status.answers.billing.paid' : 'status.answers.billing.trial'),
            },
          ]
        : [{ label: t('status.answers.billing.id'), value: application.billingAccountId }],
    })
  return groups
}

/** The answers the applicant may change now: those of the open information-needed round. */
export function changeableFields(application: Application): ReadonlySet<RequestableField> {
  const open = application.informationRequests.at(-1)
  if (application.status !== 'information_needed' || !open || open.answeredAt) return new Set()
  return new Set(open.fields)
}

export function Answers({
  application,
  account,
}: {
  application: Application
  account: BillingAccount | null
}) {
  const { t } = useMessages('status', 'partnership')
  const changeable = changeableFields(application)
  return (
    <section aria-labelledby="answers-heading" className={styles.section}>
      <h2 id="answers-heading">{t('status.answers.heading')}</h2>
      {groupsOf(t, application, account).map((group) => {
        const canChange = group.rows.some((row) => row.field && changeable.has(row.field))
        const firstToFix = group.rows.find((row) => row.field && changeable.has(row.field))?.field
        return (
          <div key={group.id} className={styles.group}>
            <div className={styles.groupHeader}>
              <h3 id={`answers-${group.id}`}>
                {group.title}
                <span className={styles.groupStep}> {t('status.answers.step', { number: group.step })}</span>
              </h3>
              {canChange && firstToFix ? (
                <Link to={`${PATHS.confirmationFix}#${fixAnchor(firstToFix)}`} className={styles.change}>
                  {t('status.answers.change')} <span className="visually-hidden">{group.title}</span>
                </Link>
              ) : null}
            </div>
            <dl className={styles.summary}>
              {group.rows.map((row) => {
                const toFix = row.field !== undefined && changeable.has(row.field)
                return (
                  <div key={row.label} className={toFix ? styles.toFix : undefined}>
                    <dt>{row.label}</dt>
                    <dd>
                      {row.value}
                      {toFix ? <span className={styles.tag}>{t('status.answers.needsChange')}</span> : null}
                    </dd>
                  </div>
                )
              })}
            </dl>
          </div>
        )
      })}
    </section>
  )
}
