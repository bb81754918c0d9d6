/**
 * The partnership choice form: the contract's PartnershipChoice, plus what only the page knows
 * before the server does: the video watched, the referral program's state, the bank details the
 * referral program needs (BankDetailsRequest, and the directory's answer), and the patent rule.
 */
import { z } from 'zod'
import { BankDetailsRequest, PartnershipType, TaxationType } from '@/api/contract'
import { errorCode } from '@/api/messages'
import { type CompanyKind, taxationAllowed } from '@/domain/taxation'
import { normalizeIdentifier } from '@/lib/identifiers'

export type ChoiceValues = {
  types: PartnershipType[]
  taxation: TaxationType | ''
  bik: string
  settlementAccount: string
}

export type ChoiceContext = {
  watched: boolean
  referralOpen: boolean
  /** Whether the bank detail fields are shown and must be filled. */
  bankEntry: boolean
  /** The directory's answer for a BIK: 'unknown' when it has no such bank. */
  bankStatus: (bik: string) => 'found' | 'unknown' | 'pending'
  companyKind: CompanyKind | null
}

export function choiceSchema(context: ChoiceContext) {
  return z
    .object({
      // Before the video has been watched the choices are disabled: the only thing to say is to
      // watch it to the end (never "choose one", which cannot be done yet).
      types: context.watched
        ? z.array(PartnershipType).min(1, errorCode('chooseOne'))
        : z.array(PartnershipType).refine(() => false, errorCode('partnership.videoRequired')),
      taxation: z.enum(TaxationType.options, errorCode('chooseOption')),
      bik: z.string(),
      settlementAccount: z.string(),
    })
    .superRefine(
      (values, ctx) => {
        if (context.watched && values.types.includes('referral')) {
          if (!context.referralOpen) {
            ctx.addIssue({
              code: 'custom',
              path: ['types'],
              message: errorCode('partnership.referralClosed'),
            })
          } else if (context.bankEntry) {
            const bank = BankDetailsRequest.safeParse({
              bik: values.bik,
              settlementAccount: values.settlementAccount,
            })
            const issues = bank.success ? [] : bank.error.issues
            let bikWrong = issues.some((issue) => issue.path[0] === 'bik')
            const bik = normalizeIdentifier(values.bik)
            if (!bikWrong && context.bankStatus(bik) === 'unknown') {
              ctx.addIssue({ code: 'custom', path: ['bik'], message: errorCode('bank.unknown') })
              bikWrong = true
            }
            for (const issue of issues) {
              // The control key needs the right BIK: with the BIK wrong, only the BIK is flagged.
              if (bikWrong && issue.message === errorCode('id.accountKey')) continue
              ctx.addIssue({ code: 'custom', path: issue.path as string[], message: issue.message })
            }
          }
        }
        if (values.taxation && !taxationAllowed(values.taxation, context.companyKind)) {
          ctx.addIssue({
            code: 'custom',
            path: ['taxation'],
            message: errorCode('taxation.entrepreneursOnly'),
          })
        }
        // Runs with the fields' own errors too, so that one submit shows every problem.
      },
      { when: () => true },
    )
}
