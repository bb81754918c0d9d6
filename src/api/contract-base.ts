/**
 * The API contract (./contract.ts), its first part: building blocks (texts, identifiers, phone,
 * e-mail), the steps, sign-in, the company registry and the bank directory. A module of its
 * own so that building the contract's schemas is a task per part (./load-contract.ts), each short;
 * contract.ts re-exports it: one contract, in modules.
 */
// First: zod must be told not to use eval before any schema is created (a strict CSP forbids it).
import './zod-config'
import { z } from 'zod'
import { checkIdentifier, type IdentifierKind, normalizeIdentifier } from '@/lib/identifiers'
import { Id, OrganizationList, Session, User } from './contract-shell'
import { errorCode } from './messages'
import { STEP_IDS } from './step-ids'

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
