/**
 * The partner program's commercial terms shown to applicants: one place to keep them current. Each
 * figure says where it comes from and when it was checked; pages show them as the program's terms
 * as of `checkedOn`, never as a promise of ours.
 *
 * Sources: the seed page's linked program pages (Yandex Cloud documentation, "Referral program" and
 * "VAR program"), summarised in ../shared/domain.md ("Facts the linked pages add"); VAT rates from
 * the Russian Tax Code as amended for 2026.
 */
export const PROGRAM_TERMS = {
  /** The day these figures were last checked against their sources (a calendar date). */
  checkedOn: '2026-11-27',
  direct: {
    /** Base bonus on customers' consumption. Older pages say 10%; the newer terms say 20%. */
    baseBonusPercent: 20,
    /** Extra bonus for a registered deal, at most. */
    dealBonusPercent: 15,
    source: 'Yandex Cloud documentation, partner program: VAR program terms',
  },
  referral: {
    /** Of referred customers' spending, including VAT. */
    commissionPercent: 10,
    /** At most, per referred customer a month (RUB). */
    monthlyCapRub: 100_000,
    /** How long a referred customer brings commission. */
    months: 12,
    /** Smallest payout (RUB). */
    minimumPayoutRub: 500,
    source: 'Yandex Cloud documentation, partner program: Referral program terms',
  },
  vat: {
    /** The general VAT rate from 1 January 2026. */
    generalRatePercent: 22,
    /** Reduced rates a simplified-system (УСН) company may charge above the exemption threshold. */
    simplifiedRatesPercent: [5, 7],
    source: 'Tax Code of the Russian Federation, art. 164 (general rate from 2026) and art. 164 p. 8 (УСН)',
  },
} as const
