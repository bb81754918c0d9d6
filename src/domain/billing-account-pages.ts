/**
 * The three pages that create a billing account (step 5), as rules shared by the pages and the mock
 * backend: what each page must hold to count as done, how a draft becomes the create request, and
 * which page a deep link may open. Eligibility comes from the one rule in src/domain.
 */
import { z } from 'zod'
import {
  AccountNumber,
  BILLING_ACCOUNT_PAGES,
  Bik,
  type BillingAccountDraft,
  type BillingAccountPage,
  BillingAccountType,
  BillingCompanyRequest,
  type CompanyCard,
  Contacts,
  type CreateBillingAccountRequest,
  type FieldError,
  PaymentMethod,
  PostalCode,
  text,
} from '@/api/contract'
import { errorCode } from '@/api/messages'
import { billingAccountEligibility, type EligibilityRequirement } from '@/domain/billing-account-eligibility'
import { settlementAccountOk } from '@/lib/identifiers'

/** Countries offered on General information (./countries.ts). */
export { COUNTRIES } from './countries'

/** Which field of General information each requirement is about. */
export const REQUIREMENT_FIELD: Record<EligibilityRequirement, 'type' | 'country' | 'paymentMethod'> = {
  'business-type': 'type',
  'russian-resident': 'country',
  'invoice-payment': 'paymentMethod',
}

/** The program's requirements that these choices miss, as field errors (empty when they qualify). */
export function requirementErrors(
  facts: { type: string; country: string; paymentMethod: string },
  prefix: (string | number)[] = [],
): FieldError[] {
  const eligibility = billingAccountEligibility(facts as Parameters<typeof billingAccountEligibility>[0])
  return eligibility.missing.map((requirement) => ({
    path: [...prefix, REQUIREMENT_FIELD[requirement]],
    message: errorCode(`billing.requirement.${requirement}`),
  }))
}

// ---------------------------------------------------------------------------------------------
// Page 1: General information

export const GeneralForm = z
  .object({
    name: text(100),
    country: z.string(errorCode('chooseOption')).min(2, errorCode('chooseOption')).max(2),
    type: z.enum(BillingAccountType.options, errorCode('chooseOption')),
    paymentMethod: z.enum(PaymentMethod.options, errorCode('chooseOption')),
  })
  .superRefine((general, ctx) => {
    for (const issue of requirementErrors(general))
      ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
  })
export type GeneralValues = { name: string; country: string; type: string; paymentMethod: string }

export function generalValuesOf(draft: BillingAccountDraft | null | undefined): GeneralValues {
  const general = draft?.general ?? {}
  // The qualifying choices come first: most applicants only name the account.
  return {
    name: general.name ?? '',
    country: general.country ?? 'RU',
    type: general.type ?? 'business',
    paymentMethod: general.paymentMethod ?? 'invoice',
  }
}

// ---------------------------------------------------------------------------------------------
// Page 2: Company information (registry card + what the applicant completes)

export type CompanyValues = {
  postalSameAsLegal: boolean
  postalAddress: string
  postalCode: string
  headName: string
  headPosition: string
  bik: string
  settlementAccount: string
}

export const CompanyForm = z
  .object({
    postalSameAsLegal: z.boolean(),
    postalAddress: z.string().max(300, errorCode('tooLong', { max: 300 })),
    postalCode: z.string().max(32),
    headName: text(150),
    headPosition: text(150),
    bik: Bik,
    settlementAccount: AccountNumber,
  })
  .superRefine((company, ctx) => {
    if (!company.postalSameAsLegal) {
      if (!company.postalAddress.trim())
        ctx.addIssue({ code: 'custom', path: ['postalAddress'], message: errorCode('required') })
      const code = PostalCode.safeParse(company.postalCode)
      if (!code.success)
        ctx.addIssue({
          code: 'custom',
          path: ['postalCode'],
          message: code.error.issues[0]?.message ?? errorCode('postalCode'),
        })
    }
    // The control key ties the account to its bank: checked once both are well-formed.
    const bik = Bik.safeParse(company.bik)
    const account = AccountNumber.safeParse(company.settlementAccount)
    if (bik.success && account.success && !settlementAccountOk(bik.data, account.data))
      ctx.addIssue({ code: 'custom', path: ['settlementAccount'], message: errorCode('id.accountKey') })
  })

/** The head from the registry card: an entrepreneur heads their own business. */
function headOf(card: CompanyCard | null): { name: string; position: string } {
  if (card?.head) return card.head
  if (card?.kind === 'individual')
    return { name: card.fullName.replace(/^Индивидуальный предприниматель\s+/, ''), position: card.legalForm }
  return { name: '', position: '' }
}

export function companyValuesOf(
  draft: BillingAccountDraft | null | undefined,
  card: CompanyCard | null,
  keptBank: { bik: string; settlementAccount: string } | null | undefined,
): CompanyValues {
  const company = draft?.company ?? {}
  const head = headOf(card)
  return {
    postalSameAsLegal: company.postalSameAsLegal ?? true,
    postalAddress: company.postalAddress ?? '',
    postalCode: company.postalCode ?? '',
    headName: company.headName ?? head.name,
    headPosition: company.headPosition ?? head.position,
    bik: company.bik ?? keptBank?.bik ?? '',
    settlementAccount: company.settlementAccount ?? keptBank?.settlementAccount ?? '',
  }
}

/** The company part of the create request: identifiers from the card, the rest as completed. */
export function companyRequestOf(
  values: CompanyValues,
  card: CompanyCard,
): CreateBillingAccountRequest['company'] {
  return {
    tin: card.tin,
    kpp: card.kpp,
    ogrn: card.ogrn,
    postalAddress: values.postalSameAsLegal ? card.address : values.postalAddress,
    postalCode: values.postalSameAsLegal ? card.postalCode : values.postalCode,
    headName: values.headName,
    headPosition: values.headPosition,
  }
}

// ---------------------------------------------------------------------------------------------
// Page 3: Contacts

export type ContactsValues = { name: string; position: string; email: string; phone: string }

export function contactsValuesOf(
  draft: BillingAccountDraft | null | undefined,
  fromStep3: Partial<ContactsValues> | null | undefined,
): ContactsValues {
  const contacts = draft?.contacts ?? {}
  return {
    name: contacts.name ?? fromStep3?.name ?? '',
    position: contacts.position ?? fromStep3?.position ?? '',
    email: contacts.email ?? fromStep3?.email ?? '',
    phone: contacts.phone ?? fromStep3?.phone ?? '',
  }
}

// ---------------------------------------------------------------------------------------------
// The draft as a whole

type DraftContext = {
  draft: BillingAccountDraft | null | undefined
  card: CompanyCard | null
  keptBank: { bik: string; settlementAccount: string } | null | undefined
  contactsFromStep3: Partial<ContactsValues> | null | undefined
}

const issuesAt = (page: BillingAccountPage, result: z.ZodSafeParseResult<unknown>): FieldError[] =>
  result.success
    ? []
    : result.error.issues.map((issue) => ({
        path: [page, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
        message: issue.message,
      }))

/**
 * What is wrong with a page's values in the draft, as field errors at `[page, field]` (none when it
 * checks out). The bank directory is the server's to ask.
 */
export function pageErrors(page: BillingAccountPage, context: DraftContext): FieldError[] {
  switch (page) {
    case 'general':
      return issuesAt(page, GeneralForm.safeParse(generalValuesOf(context.draft)))
    case 'company': {
      if (!context.card) return [{ path: [page], message: errorCode('invalid') }]
      const values = companyValuesOf(context.draft, context.card, context.keptBank)
      const own = issuesAt(page, CompanyForm.safeParse(values))
      if (own.length > 0) return own
      return issuesAt(page, BillingCompanyRequest.safeParse(companyRequestOf(values, context.card)))
    }
    case 'contacts':
      return issuesAt(page, Contacts.safeParse(contactsValuesOf(context.draft, context.contactsFromStep3)))
  }
}

export function pageValid(page: BillingAccountPage, context: DraftContext): boolean {
  return pageErrors(page, context).length === 0
}

/** The pages done, in order: a page counts only when it was passed with Next, checks out, and so do those before it. */
export function pagesDoneOf(context: DraftContext): BillingAccountPage[] {
  const claimed = new Set(context.draft?.pagesDone ?? [])
  const done: BillingAccountPage[] = []
  for (const page of BILLING_ACCOUNT_PAGES) {
    if (!claimed.has(page) || !pageValid(page, context)) break
    done.push(page)
  }
  return done
}

/** The page a deep link may open: the one asked for, or the first page not done before it. */
export function pageToOpen(
  asked: BillingAccountPage,
  done: readonly BillingAccountPage[],
): BillingAccountPage {
  const firstNotDone = BILLING_ACCOUNT_PAGES.find((page) => !done.includes(page)) ?? 'contacts'
  return BILLING_ACCOUNT_PAGES.indexOf(asked) <= BILLING_ACCOUNT_PAGES.indexOf(firstNotDone)
    ? asked
    : firstNotDone
}

/** The create request from the draft (the contacts page's own values passed in, fresh from the form). */
export function createRequestOf(
  context: DraftContext & { organizationId: string; applicationId: string; card: CompanyCard },
  contacts: ContactsValues,
): CreateBillingAccountRequest {
  const general = generalValuesOf(context.draft)
  const company = companyValuesOf(context.draft, context.card, context.keptBank)
  return {
    organizationId: context.organizationId,
    applicationId: context.applicationId,
    name: general.name,
    country: general.country,
    type: general.type as CreateBillingAccountRequest['type'],
    paymentMethod: general.paymentMethod as CreateBillingAccountRequest['paymentMethod'],
    company: companyRequestOf(company, context.card),
    bankDetails: { bik: company.bik, settlementAccount: company.settlementAccount },
    contacts,
  }
}
