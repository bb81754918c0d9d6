/**
 * The part of the API contract (./contract.ts) that the first page needs: the session check, the
 * program's settings, signing out and the organizations of the shell's stepper. In a module of its
 * own because building zod schemas costs the main thread (the whole contract, ~100 schemas, took
 * 50–100 ms unthrottled on this machine, a long task after the first page's paint); the shell's
 * first requests build these few, and the rest is built when a step's code needs it. contract.ts
 * re-exports everything here and lists these endpoints in its table: one contract, in two modules.
 */
// First: zod must be told not to use eval before any schema is created (a strict CSP forbids it).
import './zod-config'
import { z } from 'zod'

export const Id = z.string().min(1).max(64)

export type Endpoint = {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete'
  path: string
  summary: string
  request?: z.ZodType
  response: z.ZodType | null
  idempotent?: boolean
  /** A larger request body than the general limit (MAX_BODY_BYTES in mocks/http.ts): a document upload. */
  maxBodyBytes?: number
  /** Answered without a session (signing in, the program's settings); all others need the session cookie. */
  public?: boolean
}

// ---------------------------------------------------------------------------------------------
// Program settings

export const ProgramSettings = z.object({
  /** Whether the referral program accepts new partners (closed today, as the seed's notice says). */
  referralProgramOpen: z.boolean(),
  /** Platform name and links come from configuration, not from the API. */
  reviewBusinessDays: z.number().int().positive(),
})
export type ProgramSettings = z.infer<typeof ProgramSettings>

// ---------------------------------------------------------------------------------------------
// Users, organizations and the session

export const User = z.object({
  id: Id,
  name: z.string(),
  login: z.string(),
  email: z.string(),
  avatarUrl: z.string().nullable(),
})
export type User = z.infer<typeof User>

export const Organization = z.object({
  id: Id,
  name: z.string(),
  /** The identity federation created in this organization, when there is one. */
  federationId: z.string().nullable(),
})
export type Organization = z.infer<typeof Organization>
export const OrganizationList = z.object({ organizations: z.array(Organization) })

export const SignInMethod = z.enum(['account', 'yandex-id', 'sso'])
export type SignInMethod = z.infer<typeof SignInMethod>

export const Session = z.object({
  user: User,
  method: SignInMethod,
  /** The organization the user works in; null until one is chosen. */
  organizationId: Id.nullable(),
})
export type Session = z.infer<typeof Session>

/** The session check: nobody signed in is an answer (`session: null`), not an error. */
export const CurrentSessionResponse = z.object({ session: Session.nullable() })
export type CurrentSessionResponse = z.infer<typeof CurrentSessionResponse>

// ---------------------------------------------------------------------------------------------
// The shell's endpoints (in contract.ts's table too, in their places)

export const shellEndpoints = {
  programSettings: {
    method: 'get',
    path: '/program-settings',
    summary: 'Program settings',
    public: true,
    response: ProgramSettings,
  },
  session: {
    method: 'get',
    path: '/session',
    summary: 'The current session, or `session: null` when nobody is signed in (never 401)',
    public: true,
    response: CurrentSessionResponse,
  },
  signOut: { method: 'delete', path: '/session', summary: 'Sign out', response: null },
  organizations: {
    method: 'get',
    path: '/organizations',
    summary: "The user's organizations",
    response: OrganizationList,
  },
} as const satisfies Record<string, Endpoint>

export type ShellEndpointName = keyof typeof shellEndpoints
