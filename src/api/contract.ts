/**
 * The API contract: zod schemas of every request and response of the onboarding flow.
 * One source of truth: the client parses every response with it, the mock backend parses every
 * request with it, and `npm run contract` publishes it as OpenAPI for a real backend team.
 *
 * Messages are language-neutral codes (see ./messages.ts).
 */
// First: zod must be told not to use eval before any schema is created (a strict CSP forbids it).
import './zod-config'
import { z } from 'zod'
import {
  checkIdentifier,
  type IdentifierKind,
  normalizeIdentifier,
  settlementAccountOk,
} from '@/lib/identifiers'
import {
  type Endpoint,
  Id,
  Organization,
  OrganizationList,
  Session,
  shellEndpoints,
  User,
} from './contract-shell'
import { errorCode } from './messages'
import { STEP_IDS } from './step-ids'

// The first page's part (the session check, the program's settings) is a module of its own so the
// first page builds only its schemas (./contract-shell.ts); it is part of this contract, re-exported.
export * from './contract-shell'

// ---------------------------------------------------------------------------------------------
// Building blocks

/** A resource's version for optimistic concurrency (two tabs): a write based on an older one gets 409. */
export const Version = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)
export const IsoDateTime = z.iso.datetime({ offset: true })
export const IsoDate = z.iso.date()
export const Locale = z.enum(['en', 'ru'])
export type Locale = z.infer<typeof Locale>

/** A required line of text: trimmed, not empty, at most `max` characters. */
export const text = (max: number) =>
  z.string(errorCode('required')).trim().min(1, errorCode('required')).max(max, errorCode('tooLong', { max }))

/** Optional text: trimmed, may be empty, at most `max` characters. */
export const optionalText = (max: number) => z.string().trim().max(max, errorCode('tooLong', { max }))

/** A lenient draft value: whatever the user typed, kept as is, only bounded in size. */
export const draftText = (max = 500) => z.string().max(max, errorCode('tooLong', { max }))

/**
 * An identifier field: accepts pasted spaces and hyphens, outputs the digits only, and refuses
 * anything else with a message naming the wrong character.
 */
export function identifier(kind: IdentifierKind) {
  return (
    z
      .string(errorCode('required'))
      .max(64, errorCode('tooLong', { max: 64 }))
      .transform((raw) => normalizeIdentifier(raw))
      .superRefine((value, ctx) => {
        const problem = checkIdentifier(kind, value)
        if (!problem) return
        const values: Record<string, string | number> = { kind }
        if (problem.code === 'bad_char') {
          values.char = problem.char
          values.position = problem.position
        }
        if (problem.code === 'length') {
          values.expected = problem.expected.join('/')
          values.actual = problem.actual
        }
        ctx.addIssue({
          code: 'custom',
          message: errorCode(problem.code === 'empty' ? 'required' : `id.${problem.code}`, values),
        })
      })
      // Says what the transform gives (digits as text), so the published contract types it as a string.
      .pipe(z.string())
  )
}

export const Tin = identifier('tin')
export const Kpp = identifier('kpp')
export const Ogrn = identifier('ogrn')
export const Ogrnip = identifier('ogrnip')
export const Bik = identifier('bik')
export const AccountNumber = identifier('account')

export const Email = z
  .string(errorCode('required'))
  .trim()
  .min(1, errorCode('required'))
  .max(254, errorCode('tooLong', { max: 254 }))
  .pipe(z.email(errorCode('email')))

/** Russian phone numbers in any usual written form; normalised to +7XXXXXXXXXX. */
export const RussianPhone = z
  .string(errorCode('required'))
  .trim()
  .min(1, errorCode('required'))
  .max(32, errorCode('tooLong', { max: 32 }))
  .transform((raw, ctx) => {
    const stripped = raw.replace(/[\s\u00a0()\-.]/g, '')
    const bad = stripped.replace(/^\+/, '').match(/\D/)
    if (bad) {
      ctx.addIssue({ code: 'custom', message: errorCode('phone.badChar', { char: bad[0] }) })
      return z.NEVER
    }
    let digits = stripped.replace(/^\+/, '')
    if (digits.length === 11 && (digits.startsWith('8') || digits.startsWith('7'))) digits = digits.slice(1)
    if (digits.length !== 10) {
      ctx.addIssue({ code: 'custom', message: errorCode('phone.length') })
      return z.NEVER
    }
    return `+7${digits}`
  })
  // The normalized number, as the published contract states it (a transform alone says nothing).
  .pipe(z.string().regex(/^\+7\d{10}$/))

// ---------------------------------------------------------------------------------------------
// Errors

export const FieldError = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
})
export type FieldError = z.infer<typeof FieldError>

export const ApiErrorBody = z.object({
  code: z.string(),
  message: z.string(),
  fieldErrors: z.array(FieldError).optional(),
  /**
   * With a 409 `version_conflict`: the resource as it is now (what is newer). Every versioned draft
   * lives on the application (step 3's draft, step 4's choice and questionnaire, step 5's new
   * billing account), so that is the one resource a write can find stale.
   */
  current: z.lazy(() => StaleResource).optional(),
})
export type ApiErrorBody = z.infer<typeof ApiErrorBody>

// ---------------------------------------------------------------------------------------------
// The steps of the flow (the route table and the stepper read this list)

export { STEP_IDS }
export const StepId = z.enum(STEP_IDS)
export type StepId = z.infer<typeof StepId>

// ---------------------------------------------------------------------------------------------
// Users, organizations, session and the three sign-in methods

export const RecentAccount = User.pick({ id: true, name: true, login: true, avatarUrl: true })
export type RecentAccount = z.infer<typeof RecentAccount>
export const RecentAccountList = z.object({ accounts: z.array(RecentAccount) })

/**
 * A sign-in's answer: the new session and the organizations the user may choose from, so the next
 * page (the organization choice) needs no request of its own after the sign-in.
 */
export const SignedIn = Session.extend({ organizations: OrganizationList.shape.organizations })
export type SignedIn = z.infer<typeof SignedIn>

export const SignInWithAccountRequest = z.object({ userId: Id })

/** Sign in with another account (one not in this device's recent list): a Yandex ID login or email and its password. */
export const SignInWithPasswordRequest = z.object({
  login: z
    .string(errorCode('required'))
    .trim()
    .toLowerCase()
    .min(1, errorCode('required'))
    .max(254, errorCode('tooLong', { max: 254 })),
  password: z
    .string(errorCode('required'))
    .min(1, errorCode('required'))
    .max(128, errorCode('tooLong', { max: 128 })),
})
export type SignInWithPasswordRequest = z.input<typeof SignInWithPasswordRequest>

export const LOGIN_RE = /^[a-z][a-z0-9.-]{1,28}[a-z0-9]$/
export const PasswordRules = {
  minLength: 10,
  maxLength: 128,
} as const

export const RegisterYandexIdRequest = z.object({
  name: text(100),
  login: z
    .string(errorCode('required'))
    .trim()
    .toLowerCase()
    .min(1, errorCode('required'))
    .max(30, errorCode('tooLong', { max: 30 }))
    .regex(LOGIN_RE, errorCode('login.format')),
  email: Email,
  password: z
    .string(errorCode('required'))
    .min(PasswordRules.minLength, errorCode('password.short', { min: PasswordRules.minLength }))
    .max(PasswordRules.maxLength, errorCode('tooLong', { max: PasswordRules.maxLength }))
    .regex(/[a-zа-яё]/, errorCode('password.lower'))
    .regex(/[A-ZА-ЯЁ]/, errorCode('password.upper'))
    .regex(/\d/, errorCode('password.digit')),
})
export type RegisterYandexIdRequest = z.infer<typeof RegisterYandexIdRequest>

/**
 * What starts SSO: a work email (its domain maps to a federation) or a federation ID, also taken
 * from a pasted login address (`…/federations/<federation ID>`). Null when it is neither.
 */
export function ssoEntryOf(
  raw: string,
): { kind: 'email'; value: string } | { kind: 'federation'; value: string } | null {
  const value = raw.trim()
  if (value.includes('@'))
    return Email.safeParse(value).success ? { kind: 'email', value: value.toLowerCase() } : null
  const id = (value.match(/\/federations\/([^/?#\s]+)/)?.[1] ?? value).toLowerCase()
  return /^[a-z0-9]{3,64}$/.test(id) ? { kind: 'federation', value: id } : null
}

/** SSO starts from a federation ID or a work email whose domain maps to a federation. */
export const SsoStartRequest = z.object({
  federationIdOrEmail: text(254).superRefine((value, ctx) => {
    if (value === '' || ssoEntryOf(value)) return
    const message = value.includes('@') ? errorCode('email') : errorCode('sso.entry')
    ctx.addIssue({ code: 'custom', message })
  }),
})
export const SsoStartResponse = z.object({
  federationId: z.string(),
  federationName: z.string(),
  /** The identity provider's login page (in the mocks, a route of this app). */
  loginUrl: z.string(),
})
export type SsoStartResponse = z.infer<typeof SsoStartResponse>

export const SsoCompleteRequest = z.object({
  federationId: z.string().min(1).max(64),
  assertion: z.string().min(1).max(256),
})

export const SelectOrganizationRequest = z.object({ organizationId: Id })

// ---------------------------------------------------------------------------------------------
// Company registry (lookup by TIN) and bank directory (lookup by BIK)

export const CompanyStatus = z.enum(['ACTIVE', 'LIQUIDATING', 'LIQUIDATED', 'BANKRUPT', 'REORGANIZING'])
export type CompanyStatus = z.infer<typeof CompanyStatus>

export const CompanyCard = z.object({
  kind: z.enum(['legal', 'individual']),
  /** Full name with the legal form spelled out, e.g. «Общество с ограниченной ответственностью "Ромашка"». */
  fullName: z.string().max(1000),
  /** Short name with the abbreviated legal form, e.g. «ООО "Ромашка"». */
  shortName: z.string().max(500),
  legalForm: z.string().max(300),
  tin: z.string().max(12),
  /** Organizations only; null for an individual entrepreneur. */
  kpp: z.string().max(9).nullable(),
  /** OGRN (13 digits) for an organization, OGRNIP (15) for an individual entrepreneur. */
  ogrn: z.string().max(15),
  registrationDate: IsoDate,
  address: z.string().max(1000),
  postalCode: z.string().max(6),
  head: z.object({ name: z.string().max(300), position: z.string().max(300) }).nullable(),
  status: CompanyStatus,
  statusDate: IsoDate.nullable(),
  mainActivity: z.object({ code: z.string().max(16), name: z.string().max(500) }),
  branchType: z.enum(['head', 'branch']),
})
export type CompanyCard = z.infer<typeof CompanyCard>

export const CompanyLookupRequest = z.object({ tin: Tin })
/** Every unit registered under the TIN: the head office first, then branches (same TIN, other KPP). */
export const CompanyLookupResponse = z.object({ suggestions: z.array(CompanyCard) })
export type CompanyLookupResponse = z.infer<typeof CompanyLookupResponse>

export const Bank = z.object({
  bik: z.string(),
  name: z.string(),
  correspondentAccount: z.string(),
  city: z.string(),
})
export type Bank = z.infer<typeof Bank>

// ---------------------------------------------------------------------------------------------
// Billing accounts

export const BillingAccountType = z.enum(['individual', 'business'])
export const PaymentMethod = z.enum(['card', 'invoice'])
/** ISO 3166-1 alpha-2 country of the owner's residence. */
export const Country = z.string().length(2)
export const BillingAccountStatus = z.enum([
  'NEW',
  'PENDING',
  'PAYMENT_NOT_CONFIRMED',
  'TRIAL_ACTIVE',
  'TRIAL_SUSPENDED',
  'TRIAL_EXPIRED',
  'FIRST_PAYMENT_REQUIRED',
  'ACTIVE',
  'PAYMENT_REQUIRED',
  'SUSPENDED',
])
export type BillingAccountStatus = z.infer<typeof BillingAccountStatus>

export const BankDetails = z.object({
  bik: z.string(),
  bankName: z.string(),
  correspondentAccount: z.string(),
  settlementAccount: z.string(),
})
export type BankDetails = z.infer<typeof BankDetails>

export const BankDetailsRequest = z
  .object({ bik: Bik, settlementAccount: AccountNumber })
  .superRefine((v, ctx) => {
    // The control key ties the settlement account to its bank, so it is checked with both known.
    if (!settlementAccountOk(v.bik, v.settlementAccount)) {
      ctx.addIssue({ code: 'custom', path: ['settlementAccount'], message: errorCode('id.accountKey') })
    }
  })

export const BillingCompany = z.object({
  fullName: z.string(),
  shortName: z.string(),
  tin: z.string(),
  kpp: z.string().nullable(),
  ogrn: z.string(),
  legalAddress: z.string(),
  postalAddress: z.string(),
  postalCode: z.string(),
  headName: z.string(),
  headPosition: z.string(),
})
export type BillingCompany = z.infer<typeof BillingCompany>

export const Contacts = z.object({
  name: text(100),
  position: text(100),
  email: Email,
  phone: RussianPhone,
})
export type Contacts = z.output<typeof Contacts>
export type ContactsInput = z.input<typeof Contacts>

export const BillingAccount = z.object({
  id: Id,
  organizationId: Id,
  name: z.string(),
  type: BillingAccountType,
  country: Country,
  paymentMethod: PaymentMethod,
  status: BillingAccountStatus,
  company: BillingCompany.nullable(),
  bankDetails: BankDetails.nullable(),
  verified: z.boolean(),
  /** Whether the account was upgraded from the trial to the paid version. */
  paid: z.boolean(),
  /** Grants left on the account, in roubles (an upgrade to paid keeps them). */
  grantBalance: z.number().nonnegative().default(0),
  /** When the verification form was sent (the check is then under way until `verified`). */
  verificationSentAt: IsoDateTime.nullable().default(null),
  createdAt: IsoDateTime,
})
export type BillingAccount = z.infer<typeof BillingAccount>
export const BillingAccountList = z.object({ billingAccounts: z.array(BillingAccount) })

/** OGRN (13 digits, an organization) or OGRNIP (15 digits, an individual entrepreneur), by its length. */
export const OgrnOrOgrnip = z
  .string(errorCode('required'))
  .max(64, errorCode('tooLong', { max: 64 }))
  .transform((raw) => normalizeIdentifier(raw))
  .superRefine((value, ctx) => {
    const checked = (value.length === 15 ? Ogrnip : Ogrn).safeParse(value)
    if (!checked.success)
      for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message })
  })

/** A Russian postcode: six digits. */
export const PostalCode = z
  .string(errorCode('required'))
  .max(64, errorCode('tooLong', { max: 64 }))
  .trim()
  .min(1, errorCode('required'))
  .regex(/^\d{6}$/, errorCode('postalCode'))

/**
 * What the applicant completes on the Company information page. The company's names and legal
 * address come from the registry card confirmed at step 3 (the server takes them from there); the
 * identifiers are sent so that the server can check them against that card and the rules.
 */
export const BillingCompanyRequest = z
  .object({
    tin: Tin,
    kpp: z.union([Kpp, z.literal('').transform(() => null), z.null()]),
    ogrn: OgrnOrOgrnip,
    postalAddress: text(300),
    postalCode: PostalCode,
    headName: text(150),
    headPosition: text(150),
  })
  .superRefine((company, ctx) => {
    const entrepreneur = company.tin.length === 12
    // Only organizations have a KPP (one per unit); an individual entrepreneur has none.
    if (entrepreneur && company.kpp)
      ctx.addIssue({ code: 'custom', path: ['kpp'], message: errorCode('billing.kppForEntrepreneur') })
    if (!entrepreneur && !company.kpp)
      ctx.addIssue({ code: 'custom', path: ['kpp'], message: errorCode('required') })
    if ((company.ogrn.length === 15) !== entrepreneur)
      ctx.addIssue({
        code: 'custom',
        path: ['ogrn'],
        message: errorCode(entrepreneur ? 'billing.ogrnipExpected' : 'billing.ogrnExpected'),
      })
  })
export type BillingCompanyRequest = z.input<typeof BillingCompanyRequest>

/**
 * A new billing account for the application's company (step 5). Type, country and payment method
 * are sent as chosen: the server refuses, field by field, what would not meet the program's
 * requirements (src/domain/billing-account-eligibility.ts). Without bank details, those kept with the
 * application at step 4 are used.
 */
export const CreateBillingAccountRequest = z.object({
  organizationId: Id,
  applicationId: Id,
  name: text(100),
  country: Country,
  type: BillingAccountType,
  paymentMethod: PaymentMethod,
  company: BillingCompanyRequest,
  bankDetails: BankDetailsRequest.nullable(),
  contacts: Contacts,
})
export type CreateBillingAccountRequest = z.input<typeof CreateBillingAccountRequest>

/** The verification document: a scan or photo of the signed statement, or the company's details. */
export const VERIFICATION_DOCUMENT_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const
export const VERIFICATION_DOCUMENT_MAX_BYTES = 5 * 1024 * 1024
const BASE64_MAX = Math.ceil(VERIFICATION_DOCUMENT_MAX_BYTES / 3) * 4
/** The verification request carries the document as base64: its body may be this large. */
export const VERIFICATION_BODY_MAX_BYTES = BASE64_MAX + 16 * 1024

export const VerificationDocument = z.object({
  name: text(200),
  type: z.enum(VERIFICATION_DOCUMENT_TYPES, errorCode('billing.documentType')),
  size: z
    .number()
    .int()
    .positive(errorCode('billing.documentEmpty'))
    .max(VERIFICATION_DOCUMENT_MAX_BYTES, errorCode('billing.documentTooBig', { maxMb: 5 })),
  /** The file's bytes, base64-encoded (no data: prefix). */
  contentBase64: z
    .string()
    .min(1, errorCode('billing.documentEmpty'))
    .max(BASE64_MAX, errorCode('billing.documentTooBig', { maxMb: 5 }))
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, errorCode('billing.documentUnreadable')),
})
export type VerificationDocument = z.infer<typeof VerificationDocument>

export const VerifyBillingAccountRequest = z.object({
  /** The signatory confirms the company's details and agrees to verification. */
  signatoryName: text(150),
  signatoryPosition: text(150),
  document: VerificationDocument,
  confirm: z.literal(true, errorCode('confirmRequired')),
})
export type VerifyBillingAccountRequest = z.input<typeof VerifyBillingAccountRequest>

/** The three pages that create a billing account, in order. */
export const BILLING_ACCOUNT_PAGES = ['general', 'company', 'contacts'] as const
export const BillingAccountPage = z.enum(BILLING_ACCOUNT_PAGES)
export type BillingAccountPage = z.infer<typeof BillingAccountPage>

/**
 * The creation pages' draft, kept on the server with the application so that a reload, Back or
 * another device loses nothing. Values as typed (valid or not), only bounded in size; `pagesDone`
 * lists the pages passed with Next (the server keeps only those whose values check out).
 */
export const BillingAccountDraft = z.object({
  general: z
    .object({
      name: draftText(200),
      country: draftText(8),
      type: draftText(32),
      paymentMethod: draftText(32),
    })
    .partial(),
  company: z
    .object({
      postalSameAsLegal: z.boolean(),
      postalAddress: draftText(400),
      postalCode: draftText(32),
      headName: draftText(200),
      headPosition: draftText(200),
      bik: draftText(64),
      settlementAccount: draftText(64),
    })
    .partial(),
  contacts: z
    .object({ name: draftText(200), position: draftText(200), email: draftText(300), phone: draftText(64) })
    .partial(),
  pagesDone: z.array(BillingAccountPage).max(BILLING_ACCOUNT_PAGES.length),
})
export type BillingAccountDraft = z.infer<typeof BillingAccountDraft>
export const BillingAccountDraftPatch = BillingAccountDraft.partial().extend({ version: Version.optional() })
export type BillingAccountDraftPatch = z.infer<typeof BillingAccountDraftPatch>

// ---------------------------------------------------------------------------------------------
// The partnership application

export const PartnershipType = z.enum(['direct', 'referral'])
export type PartnershipType = z.infer<typeof PartnershipType>

export const TaxationType = z.enum(['osno', 'usn-income', 'usn-income-expenses', 'ausn', 'eshn', 'psn'])
export type TaxationType = z.infer<typeof TaxationType>

export const Specialization = z.enum([
  'infrastructure',
  'devops',
  'ml-ai',
  'data-platform',
  'security-compliance',
])
export const Industry = z.enum([
  'retail',
  'finance',
  'manufacturing',
  'public-sector',
  'healthcare',
  'education',
  'media',
  'telecom',
  'logistics',
  'it',
  'other',
])
export const CustomerSegment = z.enum(['startups', 'smb', 'enterprise', 'public-sector'])
export const OtherCloud = z.enum([
  'aws',
  'azure',
  'gcp',
  'vk-cloud',
  'sbercloud',
  'selectel',
  'other',
  'none',
])
export const CompanySize = z.enum(['1-10', '11-50', '51-200', '201-1000', '1000+'])
export const MonthlyConsumption = z.enum(['lt-100k', '100k-500k', '500k-2m', 'gt-2m'])
export const Region = z.enum([
  'central',
  'northwestern',
  'southern',
  'north-caucasian',
  'volga',
  'ural',
  'siberian',
  'far-eastern',
  'outside-russia',
])

/** The most choices a list may carry (every list offers fewer; duplicates are dropped by the server). */
export const LIST_MAX = 20

export const Questionnaire = z.object({
  companySize: z.enum(CompanySize.options, errorCode('chooseOption')),
  certifiedEngineers: z
    .number(errorCode('wholeNumber'))
    .int(errorCode('wholeNumber'))
    .min(0, errorCode('wholeNumber'))
    .max(100000, errorCode('numberMax', { max: 100000 })),
  expertise: z.array(Specialization).min(1, errorCode('chooseOne')).max(LIST_MAX),
  industries: z.array(Industry).min(1, errorCode('chooseOne')).max(LIST_MAX),
  customers: z.array(CustomerSegment).min(1, errorCode('chooseOne')).max(LIST_MAX),
  otherClouds: z.array(OtherCloud).max(LIST_MAX),
  monthlyConsumption: z.enum(MonthlyConsumption.options, errorCode('chooseOption')),
  website: z.union([
    z.literal(''),
    z
      .string()
      .trim()
      .max(200, errorCode('tooLong', { max: 200 }))
      .pipe(z.url({ protocol: /^https?$/, error: errorCode('url') })),
  ]),
  regions: z.array(Region).min(1, errorCode('chooseOne')).max(LIST_MAX),
  comment: optionalText(1000),
})
export type Questionnaire = z.infer<typeof Questionnaire>

/** Where the company's data comes from: a qualifying billing account, or the registry by TIN. */
export const CompanySource = z.discriminatedUnion('source', [
  z.object({ source: z.literal('billing-account'), billingAccountId: Id }),
  z.object({ source: z.literal('tin'), tin: Tin, kpp: z.string().max(9).nullable(), company: CompanyCard }),
])
export type CompanySource = z.infer<typeof CompanySource>

/**
 * draft → submitted (step 3 sent; steps 4 and 5 still to do) → in_review (every step done: sent for
 * review, the decision clock starts) → approved | rejected, or → information_needed (the manager
 * asks for changes) → in_review again with Send again.
 */
export const ApplicationStatus = z.enum([
  'draft',
  'submitted',
  'in_review',
  'information_needed',
  'approved',
  'rejected',
])
export type ApplicationStatus = z.infer<typeof ApplicationStatus>

export const TimelineEntry = z.object({
  status: z.enum([
    'draft',
    'submitted',
    'partnership',
    'billing',
    'in_review',
    'information_needed',
    'resubmitted',
    'approved',
    'rejected',
  ]),
  at: IsoDateTime,
})
export type TimelineEntry = z.infer<typeof TimelineEntry>

// ---------------------------------------------------------------------------------------------
// Review: the manager's requests for information and decision (steps 6 and 7)

/** Answers a manager may ask to change; they stay editable in that round, the rest stays locked. */
export const REQUESTABLE_FIELDS = [
  'contacts.name',
  'contacts.position',
  'contacts.email',
  'contacts.phone',
  'questionnaire.website',
  'questionnaire.certifiedEngineers',
  'questionnaire.comment',
] as const
export const RequestableField = z.enum(REQUESTABLE_FIELDS)
export type RequestableField = z.infer<typeof RequestableField>

/** One information-needed round: the manager's message, the answers to fix, when it was answered. */
export const InformationRequest = z.object({
  round: z.number().int().positive(),
  requestedAt: IsoDateTime,
  message: z.string(),
  fields: z.array(RequestableField).min(1),
  answeredAt: IsoDateTime.nullable(),
})
export type InformationRequest = z.infer<typeof InformationRequest>

export const RejectionReason = z.enum([
  'requirements-not-met',
  'company-not-active',
  'billing-account',
  'expertise',
  'information-not-confirmed',
  'other',
])
export type RejectionReason = z.infer<typeof RejectionReason>

export const ApplicationDecision = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('approved'),
    at: IsoDateTime,
    /** The programs the company joined (the partnership types it chose). */
    programs: z.array(PartnershipType).min(1),
  }),
  z.object({
    outcome: z.literal('rejected'),
    at: IsoDateTime,
    reasons: z.array(RejectionReason).min(1),
    /** The manager's own words (plain text). */
    note: z.string(),
    /** The first day the company may apply again. */
    reapplyFrom: IsoDate,
  }),
])
export type ApplicationDecision = z.infer<typeof ApplicationDecision>

/** MOCK ONLY: what the (mock) partner manager decides about an application under review. */
export const DecideApplicationRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('approve') }),
  z.object({
    action: z.literal('request-information'),
    message: text(2000),
    fields: z.array(RequestableField).min(1, errorCode('chooseOne')).max(50),
  }),
  z.object({
    action: z.literal('reject'),
    reasons: z.array(RejectionReason).min(1, errorCode('chooseOne')).max(50),
    note: optionalText(2000).default(''),
    /** Defaults to three months after the decision. */
    reapplyFrom: IsoDate.optional(),
  }),
])
export type DecideApplicationRequest = z.input<typeof DecideApplicationRequest>

/** Send again: the answers the manager asked to fix (only those; the rest is locked). */
export const ResubmitApplicationRequest = z.object({
  contacts: Contacts.partial().optional(),
  questionnaire: Questionnaire.pick({ website: true, certifiedEngineers: true, comment: true })
    .partial()
    .optional(),
})
export type ResubmitApplicationRequest = z.input<typeof ResubmitApplicationRequest>

/** An approved partner, as the portal's home shows it. */
export const PartnerProfile = z.object({
  organization: Organization.pick({ id: true, name: true }),
  company: z.object({
    fullName: z.string(),
    shortName: z.string(),
    tin: z.string(),
    kpp: z.string().nullable(),
    ogrn: z.string(),
  }),
  billingAccount: z.object({ id: Id, name: z.string() }).nullable(),
  programs: z.array(PartnershipType).min(1),
  partnerSince: IsoDateTime,
  reference: z.string(),
})
export type PartnerProfile = z.infer<typeof PartnerProfile>
/** The organization's partner profile, or null while it is not a partner. */
export const PartnerProfileResponse = z.object({ partner: PartnerProfile.nullable() })

/** A draft keeps what the user typed, valid or not, so nothing is lost between visits. */
export const ApplicationDraft = z.object({
  contacts: z
    .object({
      name: draftText(200),
      position: draftText(200),
      email: draftText(300),
      phone: draftText(64),
    })
    .partial(),
  tin: draftText(64),
  billingAccountId: Id.nullable(),
  /** The registry card the user checked and confirmed for `tin` (absent in drafts made before it). */
  company: CompanyCard.nullable().optional(),
})
export type ApplicationDraft = z.infer<typeof ApplicationDraft>
export const ApplicationDraftPatch = ApplicationDraft.partial().extend({
  /** The application's version the change was based on (optimistic concurrency). */
  version: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional(),
})
export type ApplicationDraftPatch = z.infer<typeof ApplicationDraftPatch>

export const SubmitApplicationRequest = z.object({
  organizationId: Id,
  contacts: Contacts,
  company: CompanySource,
})
export type SubmitApplicationRequest = z.input<typeof SubmitApplicationRequest>

export const VideoProgress = z.object({
  /** Furthest point watched, in seconds (the server also refuses a point beyond the media's length). */
  furthest: z.number().min(0).max(86_400),
  watched: z.boolean(),
})
export type VideoProgress = z.infer<typeof VideoProgress>

export const PartnershipChoice = z.object({
  types: z.array(PartnershipType).min(1, errorCode('chooseOne')).max(LIST_MAX),
  taxation: z.enum(TaxationType.options, errorCode('chooseOption')),
})
export type PartnershipChoice = z.infer<typeof PartnershipChoice>

/**
 * The questionnaire as the form holds it while it is being filled in: text as typed (the number of
 * engineers too) and lists of choices, every answer optional and bounded; unknown keys are dropped.
 */
export const QuestionnaireDraft = z
  .object({
    companySize: draftText(20),
    certifiedEngineers: draftText(20),
    expertise: z.array(draftText(40)).max(LIST_MAX),
    industries: z.array(draftText(40)).max(LIST_MAX),
    customers: z.array(draftText(40)).max(LIST_MAX),
    otherClouds: z.array(draftText(40)).max(LIST_MAX),
    monthlyConsumption: draftText(20),
    website: draftText(300),
    regions: z.array(draftText(40)).max(LIST_MAX),
    comment: draftText(1000),
  })
  .partial()
export type QuestionnaireDraft = z.infer<typeof QuestionnaireDraft>

export const PartnershipDraft = z.object({
  types: z.array(PartnershipType).max(LIST_MAX),
  taxation: TaxationType.nullable(),
  questionnaire: QuestionnaireDraft,
})

/** An autosave of step 4's draft: only what changed; answers merge into the questionnaire per field. */
export const PartnershipDraftPatch = PartnershipDraft.partial().extend({ version: Version.optional() })
export type PartnershipDraftPatch = z.input<typeof PartnershipDraftPatch>

export const Application = z.object({
  id: Id,
  /** Goes up with every change: a draft write based on an older version gets 409 (two tabs). */
  version: z.number().int().nonnegative().default(0),
  organizationId: Id,
  /** A short reference the applicant can quote, e.g. PA-2026-000123. */
  reference: z.string(),
  status: ApplicationStatus,
  draft: ApplicationDraft,
  contacts: Contacts.nullable(),
  company: CompanySource.nullable(),
  video: VideoProgress,
  partnership: PartnershipChoice.nullable(),
  partnershipDraft: PartnershipDraft,
  questionnaire: Questionnaire.nullable(),
  billingAccountId: Id.nullable(),
  /**
   * Bank details given at step 4 (for the referral program) while the application has no billing
   * account yet (company by TIN): step 5 applies them to the account it creates or attaches.
   */
  bankDetails: BankDetails.nullable().optional(),
  /** Step 5: the billing account being created, page by page (absent until the first change). */
  billingAccountDraft: BillingAccountDraft.nullable().optional(),
  /** Steps of the flow the server counts as done for this application. */
  completedSteps: z.array(StepId),
  timeline: z.array(TimelineEntry),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  submittedAt: IsoDateTime.nullable(),
  /**
   * When a manager's decision is due: seven business days (src/domain/business-days.ts) after it was
   * sent for review (every step done), or sent again.
   */
  decisionDueAt: IsoDate.nullable(),
  /** True when the due date runs past the production calendar's data (an estimate). */
  decisionDueEstimate: z.boolean().default(false),
  /**
   * True when the application is in review and the decision date has passed by the server's clock
   * (its calendar day in Moscow): the client never judges this by the browser's clock.
   */
  decisionOverdue: z.boolean().default(false),
  /** The manager's information-needed rounds, oldest first. */
  informationRequests: z.array(InformationRequest).default([]),
  /** The manager's decision, once made. */
  decision: ApplicationDecision.nullable().default(null),
})
export type Application = z.infer<typeof Application>

/** What a 409 `version_conflict` carries: the resource a stale write was based on, as it is now. */
export const StaleResource = Application
export type StaleResource = Application

/** The organization's application, or null when it has none yet. */
export const CurrentApplicationResponse = z.object({ application: Application.nullable() })

// ---------------------------------------------------------------------------------------------
// Endpoint list: the one table the client, the OpenAPI generator and the docs read. Endpoints only
// the mock backend serves (the mock identity provider, the manager's decision) are in mocks/contract.ts.

export const endpoints = {
  programSettings: shellEndpoints.programSettings,
  session: shellEndpoints.session,
  signOut: shellEndpoints.signOut,
  recentAccounts: {
    method: 'get',
    path: '/accounts/recent',
    summary: 'Recently used accounts on this device',
    public: true,
    response: RecentAccountList,
  },
  signInWithAccount: {
    method: 'post',
    path: '/session/account',
    summary: 'Sign in with an existing account',
    public: true,
    request: SignInWithAccountRequest,
    response: SignedIn,
  },
  signInWithPassword: {
    method: 'post',
    path: '/session/password',
    summary: 'Sign in with another account: login or email and password (422 with the field at fault)',
    public: true,
    request: SignInWithPasswordRequest,
    response: SignedIn,
  },
  registerYandexId: {
    method: 'post',
    path: '/session/yandex-id',
    summary: 'Create a Yandex ID and an organization, and sign in',
    public: true,
    request: RegisterYandexIdRequest,
    response: Session,
    idempotent: true,
  },
  ssoStart: {
    method: 'post',
    path: '/session/sso/start',
    summary: 'Find the identity federation and its login page',
    public: true,
    request: SsoStartRequest,
    response: SsoStartResponse,
  },
  ssoComplete: {
    method: 'post',
    path: '/session/sso/complete',
    summary: 'Complete SSO with the assertion',
    public: true,
    request: SsoCompleteRequest,
    response: Session,
  },
  organizations: shellEndpoints.organizations,
  selectOrganization: {
    method: 'put',
    path: '/session/organization',
    summary: 'Choose the organization to work in',
    request: SelectOrganizationRequest,
    response: Session,
  },
  billingAccounts: {
    method: 'get',
    path: '/organizations/{organizationId}/billing-accounts',
    summary: "An organization's billing accounts",
    response: BillingAccountList,
  },
  createBillingAccount: {
    method: 'post',
    path: '/billing-accounts',
    summary: 'Create a business billing account for the application (and attach it)',
    request: CreateBillingAccountRequest,
    response: BillingAccount,
    idempotent: true,
  },
  verifyBillingAccount: {
    method: 'post',
    path: '/billing-accounts/{billingAccountId}/verification',
    summary:
      'Send the verification form and document of a new billing account (the check then takes a while)',
    request: VerifyBillingAccountRequest,
    response: BillingAccount,
    idempotent: true,
    maxBodyBytes: VERIFICATION_BODY_MAX_BYTES,
  },
  upgradeBillingAccount: {
    method: 'post',
    path: '/billing-accounts/{billingAccountId}/upgrade',
    summary: 'Upgrade from the trial to the paid version',
    response: BillingAccount,
    idempotent: true,
  },
  setBankDetails: {
    method: 'put',
    path: '/billing-accounts/{billingAccountId}/bank-details',
    summary: 'Set the bank details (BIK and settlement account)',
    request: BankDetailsRequest,
    response: BillingAccount,
  },
  companyLookup: {
    method: 'post',
    path: '/registry/companies/lookup',
    summary: 'Look a company up in the registry by TIN',
    request: CompanyLookupRequest,
    response: CompanyLookupResponse,
  },
  bankLookup: {
    method: 'get',
    path: '/banks/{bik}',
    summary: 'Look a bank up by BIK',
    public: true,
    response: Bank,
  },
  currentApplication: {
    method: 'get',
    path: '/organizations/{organizationId}/application',
    summary: "The organization's application",
    response: CurrentApplicationResponse,
  },
  saveApplicationDraft: {
    method: 'patch',
    path: '/organizations/{organizationId}/application/draft',
    summary: 'Autosave the application draft (creates the application on first change)',
    request: ApplicationDraftPatch,
    response: Application,
  },
  submitApplication: {
    method: 'post',
    path: '/applications/{applicationId}/submit',
    summary: 'Send the partnership application',
    request: SubmitApplicationRequest,
    response: Application,
    idempotent: true,
  },
  saveVideoProgress: {
    method: 'put',
    path: '/applications/{applicationId}/video',
    summary: 'Remember how far the information video was watched',
    request: VideoProgress,
    response: Application,
  },
  savePartnershipDraft: {
    method: 'patch',
    path: '/applications/{applicationId}/partnership/draft',
    summary: 'Autosave partnership type, taxation and questionnaire answers',
    request: PartnershipDraftPatch,
    response: Application,
  },
  setPartnership: {
    method: 'put',
    path: '/applications/{applicationId}/partnership',
    summary: 'Choose the partnership types and taxation type',
    request: PartnershipChoice,
    response: Application,
  },
  submitQuestionnaire: {
    method: 'post',
    path: '/applications/{applicationId}/questionnaire',
    summary: 'Send the questionnaire',
    request: Questionnaire,
    response: Application,
    idempotent: true,
  },
  setApplicationBankDetails: {
    method: 'put',
    path: '/applications/{applicationId}/bank-details',
    summary: 'Keep bank details with the application until step 5 gives it a billing account',
    request: BankDetailsRequest,
    response: Application,
  },
  attachBillingAccount: {
    method: 'put',
    path: '/applications/{applicationId}/billing-account',
    summary: 'Attach the (new) qualifying billing account to the application',
    request: z.object({ billingAccountId: Id }),
    response: Application,
  },
  saveBillingAccountDraft: {
    method: 'patch',
    path: '/applications/{applicationId}/billing-account/draft',
    summary: 'Autosave the billing account being created (step 5), page by page',
    request: BillingAccountDraftPatch,
    response: Application,
  },
  resubmitApplication: {
    method: 'post',
    path: '/applications/{applicationId}/resubmit',
    summary: 'Send again: the answers the manager asked to fix, back to review',
    request: ResubmitApplicationRequest,
    response: Application,
    idempotent: true,
  },
  partnerProfile: {
    method: 'get',
    path: '/organizations/{organizationId}/partner',
    summary: "The organization's partner status and profile (null while it is not a partner)",
    response: PartnerProfileResponse,
  },
} as const satisfies Record<string, Endpoint>

export type EndpointName = keyof typeof endpoints
