/**
 * The API contract (./contract.ts), its second part: billing accounts, the partnership application,
 * the review (steps 5 to 7), and the error body (a version conflict carries the application). A module of its own so that building the contract's schemas is a
 * task per part (./load-contract.ts), each short; contract.ts re-exports it: one contract, in modules.
 */
// First: zod must be told not to use eval before any schema is created (a strict CSP forbids it).
import './zod-config'
import { z } from 'zod'
import { normalizeIdentifier, settlementAccountOk } from '@/lib/identifiers'
import {
  AccountNumber,
  Bik,
  CompanyCard,
  draftText,
  Email,
  IsoDate,
  IsoDateTime,
  Kpp,
  Ogrn,
  Ogrnip,
  optionalText,
  RussianPhone,
  StepId,
  Tin,
  text,
  Version,
} from './contract-base'
import { Id, Organization } from './contract-shell'
import { errorCode } from './messages'

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
