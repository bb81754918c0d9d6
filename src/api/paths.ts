/**
 * Where each page of the app lives: the one place for paths. The step list (src/app/steps.ts) and
 * the route table read it; features link and navigate with it (`PATHS.application`), never with a
 * string of their own. Kept free of zod and React: the first page imports it.
 */
import type { StepIdValue } from './step-ids'

/** Each step's own page (its first page). */
export const STEP_PATHS = {
  welcome: '/welcome',
  'sign-in': '/sign-in',
  application: '/application',
  partnership: '/partnership',
  billing: '/billing',
  confirmation: '/confirmation',
  partner: '/partner',
} as const satisfies Record<StepIdValue, string>

export const PATHS = {
  program: '/',
  ...STEP_PATHS,
  signInPassword: '/sign-in/password',
  signInYandexId: '/sign-in/yandex-id',
  signInSso: '/sign-in/sso',
  signInSsoComplete: '/sign-in/sso/complete',
  signInOrganization: '/sign-in/organization',
  questionnaire: '/partnership/questionnaire',
  billingNew: '/billing/new',
  billingGeneral: '/billing/new/general',
  billingCompany: '/billing/new/company',
  billingContacts: '/billing/new/contacts',
  billingVerification: '/billing/verification',
  billingUpgrade: '/billing/upgrade',
  confirmationFix: '/confirmation/fix',
} as const

/** A path below a step's own, as the route table nests it (`/sign-in/sso` → `sso`). */
export function childPath(stepId: StepIdValue, path: string): string {
  const parent = STEP_PATHS[stepId]
  return path.startsWith(`${parent}/`) ? path.slice(parent.length + 1) : path
}
