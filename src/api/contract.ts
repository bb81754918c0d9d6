/**
 * The API contract: zod schemas of every request and response of the onboarding flow.
 * One source of truth: the client parses every response with it, the mock backend parses every
 * request with it, and `npm run contract` publishes it as OpenAPI for a real backend team.
 *
 * Messages are language-neutral codes (see ./messages.ts).
 *
 * Its schemas are in modules, re-exported here: the first page's part (the session check, the
 * program's settings: ./contract-shell.ts, so the first page builds only its schemas), then the
 * rest in two parts (./contract-base.ts, ./contract-records.ts), each built in a task of its own
 * (./load-contract.ts); this module adds the endpoint table. Import the contract from here.
 */
// First: zod must be told not to use eval before any schema is created (a strict CSP forbids it).
import './zod-config'
import { z } from 'zod'
import {
  Bank,
  CompanyLookupRequest,
  CompanyLookupResponse,
  RecentAccountList,
  RegisterYandexIdRequest,
  SelectOrganizationRequest,
  SignedIn,
  SignInWithAccountRequest,
  SignInWithPasswordRequest,
  SsoCompleteRequest,
  SsoStartRequest,
  SsoStartResponse,
} from './contract-base'
import {
  Application,
  ApplicationDraftPatch,
  BankDetailsRequest,
  BillingAccount,
  BillingAccountDraftPatch,
  BillingAccountList,
  CreateBillingAccountRequest,
  CurrentApplicationResponse,
  PartnerProfileResponse,
  PartnershipChoice,
  PartnershipDraftPatch,
  Questionnaire,
  ResubmitApplicationRequest,
  SubmitApplicationRequest,
  VERIFICATION_BODY_MAX_BYTES,
  VerifyBillingAccountRequest,
  VideoProgress,
} from './contract-records'
import { type Endpoint, Id, Session, shellEndpoints } from './contract-shell'

export * from './contract-base'
export * from './contract-records'
export * from './contract-shell'

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
